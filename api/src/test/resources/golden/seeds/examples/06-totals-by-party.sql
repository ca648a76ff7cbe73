-- byCommitter
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":0}'::json) as "withoutAmount", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":1}'::json) as "competingClaimsSkipped", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":2}'::json) as "partsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select (
              select (
                select row_to_json(r4.*) from (
                  select c5.name as "name"
                ) r4
              ) from organization c5 where c5.id = g6.committer_id limit 1
            ) as "committer", coalesce(to_json(g6.unit), '{"$error":3}'::json) as "unit", coalesce(to_json(trim_scale(g6.total)::text), '{"$error":4}'::json) as "total", coalesce(to_json(g6.n), '{"$error":5}'::json) as "count", coalesce(to_json(g6.qualifiers), '{"$error":6}'::json) as "qualifiers", (
              select ('[' || coalesce(string_agg((
                select row_to_json(r7.*) from (
                  select c8.description as "description"
                ) r7
              )::text, ',' order by c8.id), '') || ']')::json from (
                select c8.* from commitment c8 where c8.id = any(g6.ids) order by c8.id limit ?
              ) c8 where true
            ) as "commitments"
          ) r3
        )::text, ',' order by g6.unit, g6.total desc, g6.committer_id, g6.recipient_id, g6.kind), '') || ']')::json from (
          select g6.* from (
            select q9.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q9.unit as unit, sum(q9.amount) as total, count(*) as n, array_agg(distinct q9.qualifier order by q9.qualifier) as qualifiers, array_agg(q9.id order by q9.id) as ids from commitment q9 where q9.amount is not null and (q9.claim_group is null or q9.claim_preferred) and q9.part_of_id is null group by 1, 2, 3, q9.unit
          ) g6 where true order by g6.unit, g6.total desc, g6.committer_id, g6.recipient_id, g6.kind limit ?
        ) g6 where true
      ) as "groups" from commitment q2 where true group by ()
    ) r1
  )
)::text
-- values: [20,100]
-- byRecipient
select (
  (
    select row_to_json(r1.*) from (
      select (
        select ('[' || coalesce(string_agg((
          select row_to_json(r2.*) from (
            select (
              select (
                select row_to_json(r3.*) from (
                  select c4.name as "name"
                ) r3
              ) from organization c4 where c4.id = g5.recipient_id limit 1
            ) as "recipient", coalesce(to_json(g5.unit), '{"$error":0}'::json) as "unit", coalesce(to_json(trim_scale(g5.total)::text), '{"$error":1}'::json) as "total", coalesce(to_json(g5.n), '{"$error":2}'::json) as "count", coalesce(to_json(g5.qualifiers), '{"$error":3}'::json) as "qualifiers"
          ) r2
        )::text, ',' order by g5.unit, g5.total desc, g5.committer_id, g5.recipient_id, g5.kind), '') || ']')::json from (
          select g5.* from (
            select null::bigint as committer_id, q6.recipient_id as recipient_id, null::text as kind, q6.unit as unit, sum(q6.amount) as total, count(*) as n, array_agg(distinct q6.qualifier order by q6.qualifier) as qualifiers, array_agg(q6.id order by q6.id) as ids from commitment q6 where q6.amount is not null and (q6.claim_group is null or q6.claim_preferred) and q6.part_of_id is null group by 1, 2, 3, q6.unit
          ) g5 where true order by g5.unit, g5.total desc, g5.committer_id, g5.recipient_id, g5.kind limit ?
        ) g5 where true
      ) as "groups" from commitment q7 where true group by ()
    ) r1
  )
)::text
-- values: [100]
