-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.claim_group as "claimGroup", t2.description as "description", coalesce(to_json(coalesce((
          select in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) from commitment_timing x3 where x3.commitment_id = t2.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", (
          select (
            select row_to_json(r4.*) from (
              select coalesce(to_json(c5.claim_group), '{"$error":1}'::json) as "a0", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r6.*) from (
                    select coalesce(to_json(c7.attribute), '{"$error":2}'::json) as "attribute", (
                      select ('[' || coalesce(string_agg((
                        select row_to_json(r8.*) from (
                          select coalesce(to_json(c9.preferred), '{"$error":3}'::json) as "a0", coalesce(to_json(c9.value), '{"$error":4}'::json) as "value"
                        ) r8
                      )::text, ',' order by c9.value_ord), '') || ']')::json from (
                        select c9.* from claim_value c9 where c9.claim_group = c7.claim_group and c9.attribute = c7.attribute order by c9.value_ord limit ?
                      ) c9 where true
                    ) as "values"
                  ) r6
                )::text, ',' order by c7.attribute_ord), '') || ']')::json from (
                  select c7.* from claim_disagreement c7 where c7.claim_group = c5.claim_group order by c7.attribute_ord limit ?
                ) c7 where true
              ) as "disagreements"
            ) r4
          ) from (
            select min(c10.id) as id, c10.claim_group from commitment c10 where c10.claim_group is not null group by c10.claim_group
          ) c5 where c5.claim_group = t2.claim_group limit 1
        ) as "claims"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2026-04-27",10,7,"stargate-deploys-100b-immediately"]
