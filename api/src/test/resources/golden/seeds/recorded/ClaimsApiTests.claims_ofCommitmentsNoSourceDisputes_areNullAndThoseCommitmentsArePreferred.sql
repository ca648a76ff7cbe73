-- gw
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.claim_group as "claimGroup", coalesce(to_json((coalesce(t2.claim_preferred, false) or t2.claim_group is null)), '{"$error":0}'::json) as "preferred", (
          select (
            select row_to_json(r3.*) from (
              select coalesce(to_json(c4.claim_group), '{"$error":1}'::json) as "key"
            ) r3
          ) from (
            select min(c5.id) as id, c5.claim_group from commitment c5 where c5.claim_group is not null group by c5.claim_group
          ) c4 where c4.claim_group = t2.claim_group limit 1
        ) as "claims"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["openai-consumes-2gw-trainium-on-aws"]
-- stargate
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.claim_group as "claimGroup", coalesce(to_json((coalesce(t2.claim_preferred, false) or t2.claim_group is null)), '{"$error":0}'::json) as "preferred", (
          select (
            select row_to_json(r3.*) from (
              select coalesce(to_json(c4.claim_group), '{"$error":1}'::json) as "key"
            ) r3
          ) from (
            select min(c5.id) as id, c5.claim_group from commitment c5 where c5.claim_group is not null group by c5.claim_group
          ) c4 where c4.claim_group = t2.claim_group limit 1
        ) as "claims"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["stargate-invests-500b-over-four-years"]
-- billions
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.claim_group as "claimGroup", coalesce(to_json((coalesce(t2.claim_preferred, false) or t2.claim_group is null)), '{"$error":0}'::json) as "preferred", (
          select (
            select row_to_json(r3.*) from (
              select coalesce(to_json(c4.claim_group), '{"$error":1}'::json) as "key"
            ) r3
          ) from (
            select min(c5.id) as id, c5.claim_group from commitment c5 where c5.claim_group is not null group by c5.claim_group
          ) c4 where c4.claim_group = t2.claim_group limit 1
        ) as "claims"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["microsoft-invests-billions-in-openai"]
