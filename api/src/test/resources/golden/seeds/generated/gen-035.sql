-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((coalesce(t2.claim_preferred, false) or t2.claim_group is null)), '{"$error":0}'::json) as "preferred", t2.description as "description", t2.amount_text as "amountText", t2.horizon as "horizon", (
          select (
            select row_to_json(r3.*) from (
              select coalesce(to_json((select count(*)::int from (
                select distinct trim(o4.outlet) collate "C" as outlet from (
                  select cc5.source_id, cc5.credited_outlet, bool_or(cc5.credited_outlet is not null) over (partition by cc5.source_id) as credits from citation cc5 where cc5.deal_id = c6.id
                ) c7 join source s8 on s8.id = c7.source_id cross join lateral unnest(case when c7.credited_outlet is not null then string_to_array(c7.credited_outlet, ',') when c7.credits then array[]::text[] else array[coalesce(s8.publisher, s8.author, '“' || s8.title || '”')] end) as o4(outlet)
              ) o9)), '{"$error":1}'::json) as "corroboration", c6.status as "status", coalesce(to_json(coalesce((
                select in_force(cast(? as date), x10.start_earliest, x10.start_latest, x10.start_precision, x10.end_earliest, x10.end_latest, x10.end_precision) from deal_timing x10 where x10.deal_id = c6.id
              ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce", c6.summary as "summary"
            ) r3
          ) from deal c6 where c6.id = t2.deal_id limit 1
        ) as "deal"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2024-09-29","stargate-deploys-100b-immediately"]
