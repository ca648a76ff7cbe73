-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.event_id = t6.id
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets"
      ) r1
    ) from event t6 where t6.slug = ? limit 1
  )
)::text
-- values: ["microsoft-openai-restructuring-2026-04-announced"]
-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":0}'::json) as "partsSkipped", coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":1}'::json) as "withoutAmount", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":2}'::json) as "competingClaimsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(g4.unit), '{"$error":3}'::json) as "unit", coalesce(to_json(trim_scale(g4.total)::text), '{"$error":4}'::json) as "total", (
              select (
                select row_to_json(r5.*) from (
                  select c6.kind as "kind", c6.slug as "slug", (
                    select (
                      select row_to_json(r7.*) from (
                        select coalesce(to_json(array(select a8.value from organization_alias a8 where a8.organization_id = c9.id and a8.kind = 'TICKER' order by a8.value limit 100)), '{"$error":5}'::json) as "tickers", c9.description as "description"
                      ) r7
                    ) from organization c9 where c9.id = c6.parent_id limit 1
                  ) as "parent"
                ) r5
              ) from organization c6 where c6.id = g4.committer_id limit 1
            ) as "committer"
          ) r3
        )::text, ',' order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q10.committer_id as committer_id, q10.recipient_id as recipient_id, null::text as kind, q10.unit as unit, sum(q10.amount) as total, count(*) as n, array_agg(distinct q10.qualifier order by q10.qualifier) as qualifiers, array_agg(q10.id order by q10.id) as ids from commitment q10 join commitment_timing x11 on x11.commitment_id = q10.id where (in_force(cast(? as date), x11.start_earliest, x11.start_latest, x11.start_precision, x11.end_earliest, x11.end_latest, x11.end_precision) <> 'FALSE') and (q10.amount is not null and (q10.claim_group is null or q10.claim_preferred) and q10.part_of_id is null) group by 1, 2, 3, q10.unit
          ) g4 where true order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from commitment q2 join commitment_timing x12 on x12.commitment_id = q2.id where in_force(cast(? as date), x12.start_earliest, x12.start_latest, x12.start_precision, x12.end_earliest, x12.end_latest, x12.end_precision) <> 'FALSE' group by ()
    ) r1
  )
)::text
-- values: ["2025-11-06",100,"2025-11-06"]
