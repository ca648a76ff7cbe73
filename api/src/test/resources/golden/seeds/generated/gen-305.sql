-- commitments
select (
  '{"$error":0}'::json
)::text
-- values: []
-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.file_name as "fileName", t2.publisher as "a1", to_char(t2.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "publishedAt", (case when t2.published_precision is null then null else (
          select row_to_json(r3.*) from (
            select coalesce(to_json(t2.published_precision), '{"$error":0}'::json) as "precision", coalesce(to_json(t2.published_text), '{"$error":1}'::json) as "text", t2.published_earliest as "earliest", coalesce(to_json(dg_fuzzy_display(t2.published_earliest, t2.published_latest, t2.published_precision)), '{"$error":2}'::json) as "display"
          ) r3
        ) end) as "published"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["cloud-politics-heat-up"]
