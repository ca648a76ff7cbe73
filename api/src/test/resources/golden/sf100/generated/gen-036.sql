-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":0}'::json) as "withoutAmount", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(trim_scale(g4.total)::text), '{"$error":1}'::json) as "total", coalesce(to_json(g4.qualifiers), '{"$error":2}'::json) as "qualifiers", g4.kind as "kind"
          ) r3
        )::text, ',' order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q5.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q5.unit as unit, sum(q5.amount) as total, count(*) as n, array_agg(distinct q5.qualifier order by q5.qualifier) as qualifiers, array_agg(q5.id order by q5.id) as ids from commitment q5 join commitment_timing x6 on x6.commitment_id = q5.id where (in_force(cast(? as date), x6.start_earliest, x6.start_latest, x6.start_precision, x6.end_earliest, x6.end_latest, x6.end_precision) <> 'FALSE') and (q5.amount is not null and (q5.claim_group is null or q5.claim_preferred) and q5.part_of_id is null) group by 1, 2, 3, q5.unit
          ) g4 where true order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from commitment q2 join commitment_timing x7 on x7.commitment_id = q2.id where in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) <> 'FALSE' group by ()
    ) r1
  )
)::text
-- values: ["2017-06-11",100,"2017-06-11"]
