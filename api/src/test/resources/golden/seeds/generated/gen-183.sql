-- events
select (
  '{"$error":0}'::json
)::text
-- values: []
-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.author_note as "authorNote", t2.url as "url", t2.title as "title", (case when t2.published_precision is null then null else (
          select row_to_json(r3.*) from (
            select coalesce(to_json(t2.published_precision), '{"$error":0}'::json) as "precision", t2.published_earliest as "a1", coalesce(to_json(dg_fuzzy_display(t2.published_earliest, t2.published_latest, t2.published_precision)), '{"$error":1}'::json) as "display"
          ) r3
        ) end) as "published"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["openai-shifts-aggressively-toward-amazon-2026-04-30"]
