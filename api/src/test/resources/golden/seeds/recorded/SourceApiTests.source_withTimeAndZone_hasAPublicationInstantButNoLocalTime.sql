-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.author as "author", t2.author_note as "authorNote", to_char(t2.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "publishedAt", to_char(t2.published_local_time, 'HH24:MI:SS') as "publishedLocalTime", (case when t2.published_precision is null then null else (
          select row_to_json(r3.*) from (
            select coalesce(to_json(dg_fuzzy_display(t2.published_earliest, t2.published_latest, t2.published_precision)), '{"$error":0}'::json) as "display", coalesce(to_json(t2.published_text), '{"$error":1}'::json) as "text"
          ) r3
        ) end) as "published"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["openai-shifts-strategic-focus-toward-amazon-2026-04-13"]
