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
              select w8.*, coalesce(ps9.firm, 0) as parts_firm, coalesce(ps9.contingent, 0) as parts_contingent, coalesce(ps9.unknown, 0) as parts_unknown from commitment w8 left join (select pt10.part_of_id, sum(pt10.amount) filter (where pt10.firmness = 'FIRM') as firm, sum(pt10.amount) filter (where pt10.firmness = 'CONTINGENT') as contingent, sum(pt10.amount) filter (where pt10.firmness = 'UNKNOWN') as unknown from commitment pt10 join commitment pw11 on pw11.id = pt10.part_of_id and pw11.unit = pt10.unit where pt10.amount is not null and (pt10.claim_group is null or pt10.claim_preferred) group by pt10.part_of_id) ps9 on ps9.part_of_id = w8.id
            ) q7 where q7.amount is not null and (q7.claim_group is null or q7.claim_preferred) and q7.part_of_id is null and not exists (select 1 from commitment am12 where am12.amends_id = q7.id) group by 1, 2, 3, q7.unit
          ) g4 where true order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from (
        select w13.*, coalesce(ps14.firm, 0) as parts_firm, coalesce(ps14.contingent, 0) as parts_contingent, coalesce(ps14.unknown, 0) as parts_unknown from commitment w13 left join (select pt15.part_of_id, sum(pt15.amount) filter (where pt15.firmness = 'FIRM') as firm, sum(pt15.amount) filter (where pt15.firmness = 'CONTINGENT') as contingent, sum(pt15.amount) filter (where pt15.firmness = 'UNKNOWN') as unknown from commitment pt15 join commitment pw16 on pw16.id = pt15.part_of_id and pw16.unit = pt15.unit where pt15.amount is not null and (pt15.claim_group is null or pt15.claim_preferred) group by pt15.part_of_id) ps14 on ps14.part_of_id = w13.id
      ) q2 where true group by ()
    ) r1
  )
)::text
-- values: [100]
