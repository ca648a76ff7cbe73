-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.file_name as "fileName", t2.content_sha256 as "contentSha256", coalesce(to_json(t2.content), '{"$error":0}'::json) as "text"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["cloud-politics-heat-up"]
