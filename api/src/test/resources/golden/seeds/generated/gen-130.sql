-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.title as "title", (case when t2.published_precision is null then null else (
          select row_to_json(r3.*) from (
            select t2.published_earliest as "earliest", coalesce(to_json(dg_fuzzy_display(t2.published_earliest, t2.published_latest, t2.published_precision)), '{"$error":0}'::json) as "display", t2.published_latest as "latest"
          ) r3
        ) end) as "published"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["openai-shifts-strategic-focus-toward-amazon-2026-04-13"]
