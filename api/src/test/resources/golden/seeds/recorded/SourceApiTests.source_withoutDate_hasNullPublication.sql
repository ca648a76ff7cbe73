-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.title as "title", (case when t2.published_precision is null then null else (
          select row_to_json(r3.*) from (
            select coalesce(to_json(dg_fuzzy_display(t2.published_earliest, t2.published_latest, t2.published_precision)), '{"$error":0}'::json) as "display"
          ) r3
        ) end) as "published", to_char(t2.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "publishedAt", to_char(t2.published_local_time, 'HH24:MI:SS') as "publishedLocalTime"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["cloud-politics-heat-up"]
