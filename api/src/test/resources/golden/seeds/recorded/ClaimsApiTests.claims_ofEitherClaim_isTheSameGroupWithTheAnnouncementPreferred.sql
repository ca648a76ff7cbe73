-- announced
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((coalesce(t2.claim_preferred, false) or t2.claim_group is null)), '{"$error":0}'::json) as "preferred", (
          select (
            select row_to_json(r3.*) from (
              select coalesce(to_json(c4.claim_group), '{"$error":1}'::json) as "key", coalesce(to_json((
                select (
                  select row_to_json(r5.*) from (
                    select c6.slug as "slug"
                  ) r5
                ) from commitment c6 where c6.id = (
                  select p7.id from commitment p7 where p7.claim_group = c4.claim_group order by p7.claim_preferred desc, p7.id limit 1
                ) limit 1
              )), '{"$error":2}'::json) as "preferred", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r8.*) from (
                    select c9.slug as "slug"
                  ) r8
                )::text, ',' order by c9.claim_preferred desc, c9.id), '') || ']')::json from (
                  select c9.* from commitment c9 where c9.claim_group = c4.claim_group order by c9.claim_preferred desc, c9.id limit ?
                ) c9 where true
              ) as "claims", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r10.*) from (
                    select coalesce(to_json(c11.attribute), '{"$error":3}'::json) as "attribute"
                  ) r10
                )::text, ',' order by c11.attribute_ord), '') || ']')::json from (
                  select c11.* from claim_disagreement c11 where c11.claim_group = c4.claim_group order by c11.attribute_ord limit ?
                ) c11 where true
              ) as "disagreements"
            ) r3
          ) from (
            select min(c12.id) as id, c12.claim_group from commitment c12 where c12.claim_group is not null group by c12.claim_group
          ) c4 where c4.claim_group = t2.claim_group limit 1
        ) as "claims"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: [10,7,"amazon-invests-50b-in-openai-announced"]
-- pledged
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((coalesce(t2.claim_preferred, false) or t2.claim_group is null)), '{"$error":0}'::json) as "preferred", (
          select (
            select row_to_json(r3.*) from (
              select coalesce(to_json(c4.claim_group), '{"$error":1}'::json) as "key", coalesce(to_json((
                select (
                  select row_to_json(r5.*) from (
                    select c6.slug as "slug"
                  ) r5
                ) from commitment c6 where c6.id = (
                  select p7.id from commitment p7 where p7.claim_group = c4.claim_group order by p7.claim_preferred desc, p7.id limit 1
                ) limit 1
              )), '{"$error":2}'::json) as "preferred", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r8.*) from (
                    select c9.slug as "slug"
                  ) r8
                )::text, ',' order by c9.claim_preferred desc, c9.id), '') || ']')::json from (
                  select c9.* from commitment c9 where c9.claim_group = c4.claim_group order by c9.claim_preferred desc, c9.id limit ?
                ) c9 where true
              ) as "claims", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r10.*) from (
                    select coalesce(to_json(c11.attribute), '{"$error":3}'::json) as "attribute"
                  ) r10
                )::text, ',' order by c11.attribute_ord), '') || ']')::json from (
                  select c11.* from claim_disagreement c11 where c11.claim_group = c4.claim_group order by c11.attribute_ord limit ?
                ) c11 where true
              ) as "disagreements"
            ) r3
          ) from (
            select min(c12.id) as id, c12.claim_group from commitment c12 where c12.claim_group is not null group by c12.claim_group
          ) c4 where c4.claim_group = t2.claim_group limit 1
        ) as "claims"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: [10,7,"amazon-pledges-up-to-50b-investment"]
