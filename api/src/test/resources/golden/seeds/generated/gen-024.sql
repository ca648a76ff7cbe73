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
        )::text, ',' order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select null::bigint as committer_id, q7.recipient_id as recipient_id, q7.kind as kind, q7.unit as unit, q7.currency as currency, q7.count_of as count_of, sum(q7.amount) as total, sum(case when q7.firmness = 'FIRM' then q7.amount - (
              select coalesce(sum(pt8.amount), 0) from commitment pt8 where pt8.part_of_id = q7.id and pt8.unit = q7.unit and pt8.currency is not distinct from q7.currency and pt8.count_of is not distinct from q7.count_of and pt8.firmness <> 'FIRM' and pt8.amount is not null and (pt8.claim_group is null or pt8.claim_preferred) and not exists (select 1 from commitment am9 where am9.amends_id = pt8.id)
            ) else (
              select coalesce(sum(pt10.amount), 0) from commitment pt10 where pt10.part_of_id = q7.id and pt10.unit = q7.unit and pt10.currency is not distinct from q7.currency and pt10.count_of is not distinct from q7.count_of and pt10.firmness = 'FIRM' and pt10.amount is not null and (pt10.claim_group is null or pt10.claim_preferred) and not exists (select 1 from commitment am11 where am11.amends_id = pt10.id)
            ) end) as firm, sum(case when q7.firmness = 'CONTINGENT' then q7.amount - (
              select coalesce(sum(pt12.amount), 0) from commitment pt12 where pt12.part_of_id = q7.id and pt12.unit = q7.unit and pt12.currency is not distinct from q7.currency and pt12.count_of is not distinct from q7.count_of and pt12.firmness <> 'CONTINGENT' and pt12.amount is not null and (pt12.claim_group is null or pt12.claim_preferred) and not exists (select 1 from commitment am13 where am13.amends_id = pt12.id)
            ) else (
              select coalesce(sum(pt14.amount), 0) from commitment pt14 where pt14.part_of_id = q7.id and pt14.unit = q7.unit and pt14.currency is not distinct from q7.currency and pt14.count_of is not distinct from q7.count_of and pt14.firmness = 'CONTINGENT' and pt14.amount is not null and (pt14.claim_group is null or pt14.claim_preferred) and not exists (select 1 from commitment am15 where am15.amends_id = pt14.id)
            ) end) as contingent, sum(case when q7.firmness = 'UNKNOWN' then q7.amount - (
              select coalesce(sum(pt16.amount), 0) from commitment pt16 where pt16.part_of_id = q7.id and pt16.unit = q7.unit and pt16.currency is not distinct from q7.currency and pt16.count_of is not distinct from q7.count_of and pt16.firmness <> 'UNKNOWN' and pt16.amount is not null and (pt16.claim_group is null or pt16.claim_preferred) and not exists (select 1 from commitment am17 where am17.amends_id = pt16.id)
            ) else (
              select coalesce(sum(pt18.amount), 0) from commitment pt18 where pt18.part_of_id = q7.id and pt18.unit = q7.unit and pt18.currency is not distinct from q7.currency and pt18.count_of is not distinct from q7.count_of and pt18.firmness = 'UNKNOWN' and pt18.amount is not null and (pt18.claim_group is null or pt18.claim_preferred) and not exists (select 1 from commitment am19 where am19.amends_id = pt18.id)
            ) end) as unknown, count(*) as n, array_agg(distinct q7.qualifier order by q7.qualifier) as qualifiers, array_agg(q7.id order by q7.id) as ids from commitment q7 where q7.amount is not null and (q7.claim_group is null or q7.claim_preferred) and q7.part_of_id is null and not exists (select 1 from commitment am20 where am20.amends_id = q7.id) group by 1, 2, 3, q7.unit, q7.currency, q7.count_of
          ) g4 where true order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from commitment q2 where true group by ()
    ) r1
  )
)::text
-- values: [100]
