-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((coalesce(t2.claim_preferred, false) or t2.claim_group is null)), '{"$error":0}'::json) as "preferred", t2.description as "description", t2.amount_text as "amountText", t2.horizon as "horizon", (
          select (
            select row_to_json(r3.*) from (
              select coalesce(to_json((select count(*)::int from (
                select distinct trim(o4.outlet) collate "C" as outlet from citation c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o4(outlet) where c5.deal_id = c7.id
              ) o8)), '{"$error":1}'::json) as "corroboration", c7.status as "status", coalesce(to_json(coalesce((
                select in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) from deal_timing x9 where x9.deal_id = c7.id
              ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce", c7.summary as "summary"
            ) r3
          ) from deal c7 where c7.id = t2.deal_id limit 1
        ) as "deal"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2024-09-29","stargate-deploys-100b-immediately"]
