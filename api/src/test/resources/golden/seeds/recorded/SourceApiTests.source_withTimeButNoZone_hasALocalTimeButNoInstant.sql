-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.author as "author", to_char(t2.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "publishedAt", to_char(t2.published_local_time, 'HH24:MI:SS') as "publishedLocalTime"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["openai-deepens-amazon-ties-2026-04-13"]
