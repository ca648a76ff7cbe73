-- r1
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":0}'::json) as "competingClaimsSkipped", coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":1}'::json) as "withoutAmount", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":2}'::json) as "partsSkipped" from commitment q2 where true group by ()
    ) r1
  )
)::text
-- values: []
-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.quote as "quote", coalesce(to_json(dg_global_id('Statement', t2.slug)), '{"$error":0}'::json) as "id", t2.slug as "slug"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["dresser-memo-microsoft-limited-our-ability"]
