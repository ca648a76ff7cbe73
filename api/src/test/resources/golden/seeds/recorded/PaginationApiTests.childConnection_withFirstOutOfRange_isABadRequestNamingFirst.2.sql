-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", '{"$error":0}'::json as "citations"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["cloud-politics-heat-up"]
