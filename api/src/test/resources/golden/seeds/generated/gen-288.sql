-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select to_char(t2.published_local_time, 'HH24:MI:SS') as "publishedLocalTime", t2.author_note as "authorNote", t2.slug as "a2", t2.publisher as "publisher", (case when t2.published_precision is null then null else (
          select row_to_json(r3.*) from (
            select t2.published_latest as "latest", t2.published_earliest as "earliest", coalesce(to_json(t2.published_text), '{"$error":0}'::json) as "text", coalesce(to_json(t2.published_precision), '{"$error":1}'::json) as "precision"
          ) r3
        ) end) as "published"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["cloud-politics-heat-up"]
