-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('ExclusivityTerm', t2.slug)), '{"$error":0}'::json) as "id", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.exclusivity_term_id = t2.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o3(outlet)
        ) o7)), '{"$error":1}'::json) as "corroboration"
      ) r1
    ) from exclusive_term t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["microsoft-sole-cloud-for-third-party-api-products"]
-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":0}'::json) as "withoutAmount", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":1}'::json) as "competingClaimsSkipped", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":2}'::json) as "partsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(g4.n), '{"$error":3}'::json) as "count", coalesce(to_json(g4.qualifiers), '{"$error":4}'::json) as "qualifiers", (
              select (
                select row_to_json(r5.*) from (
                  select coalesce(to_json(dg_global_id('Organization', c6.slug)), '{"$error":5}'::json) as "id", c6.slug as "slug"
                ) r5
              ) from organization c6 where c6.id = g4.recipient_id limit 1
            ) as "recipient"
          ) r3
        )::text, ',' order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select null::bigint as committer_id, q7.recipient_id as recipient_id, q7.kind as kind, q7.unit as unit, sum(q7.amount) as total, sum(case when (q7.parts_firm + q7.parts_contingent + q7.parts_unknown) > q7.amount then (case when q7.firmness = 'FIRM' then q7.amount else 0 end) else (case when q7.firmness = 'FIRM' then q7.amount - (q7.parts_firm + q7.parts_contingent + q7.parts_unknown) else 0 end) + q7.parts_firm end) as firm, sum(case when (q7.parts_firm + q7.parts_contingent + q7.parts_unknown) > q7.amount then (case when q7.firmness = 'CONTINGENT' then q7.amount else 0 end) else (case when q7.firmness = 'CONTINGENT' then q7.amount - (q7.parts_firm + q7.parts_contingent + q7.parts_unknown) else 0 end) + q7.parts_contingent end) as contingent, sum(case when (q7.parts_firm + q7.parts_contingent + q7.parts_unknown) > q7.amount then (case when q7.firmness = 'UNKNOWN' then q7.amount else 0 end) else (case when q7.firmness = 'UNKNOWN' then q7.amount - (q7.parts_firm + q7.parts_contingent + q7.parts_unknown) else 0 end) + q7.parts_unknown end) as unknown, count(*) as n, array_agg(distinct q7.qualifier order by q7.qualifier) as qualifiers, array_agg(q7.id order by q7.id) as ids from (
              select w8.*, ps9.firm as parts_firm, ps9.contingent as parts_contingent, ps9.unknown as parts_unknown from commitment w8 cross join lateral (select coalesce(sum(pt10.amount) filter (where pt10.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt10.amount) filter (where pt10.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt10.amount) filter (where pt10.firmness = 'UNKNOWN'), 0) as unknown from commitment pt10 where pt10.part_of_id = w8.id and pt10.unit = w8.unit and pt10.amount is not null and (pt10.claim_group is null or pt10.claim_preferred) and not exists (select 1 from commitment am11 where am11.amends_id = pt10.id)) ps9
            ) q7 where q7.amount is not null and (q7.claim_group is null or q7.claim_preferred) and q7.part_of_id is null and not exists (select 1 from commitment am12 where am12.amends_id = q7.id) group by 1, 2, 3, q7.unit
          ) g4 where true order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from (
        select w13.*, ps14.firm as parts_firm, ps14.contingent as parts_contingent, ps14.unknown as parts_unknown from commitment w13 cross join lateral (select coalesce(sum(pt15.amount) filter (where pt15.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt15.amount) filter (where pt15.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt15.amount) filter (where pt15.firmness = 'UNKNOWN'), 0) as unknown from commitment pt15 where pt15.part_of_id = w13.id and pt15.unit = w13.unit and pt15.amount is not null and (pt15.claim_group is null or pt15.claim_preferred) and not exists (select 1 from commitment am16 where am16.amends_id = pt15.id)) ps14
      ) q2 where true group by ()
    ) r1
  )
)::text
-- values: [100]
