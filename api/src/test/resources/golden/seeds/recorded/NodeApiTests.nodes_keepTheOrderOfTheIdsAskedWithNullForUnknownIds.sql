-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Source', t2.slug)), '{"$error":0}'::json) as "id"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["cloud-politics-heat-up"]
-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Person', t2.slug)), '{"$error":0}'::json) as "id"
      ) r1
    ) from person t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["denise-dresser"]
-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Deal', t2.slug)), '{"$error":0}'::json) as "id"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["stargate"]
-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Event', t2.slug)), '{"$error":0}'::json) as "id"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["stargate-launch-2025-01-21"]
-- amazon
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Organization', t2.slug)), '{"$error":0}'::json) as "id"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["amazon"]
-- aws
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Organization', t2.slug)), '{"$error":0}'::json) as "id"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["aws"]
