-- week
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.status as "status", (case when t2.announced_precision is null then null else (
          select row_to_json(r3.*) from (
            select t2.announced_earliest as "earliest", t2.announced_latest as "latest", coalesce(to_json(t2.announced_precision), '{"$error":0}'::json) as "precision", coalesce(to_json(t2.announced_text), '{"$error":1}'::json) as "text", coalesce(to_json(dg_fuzzy_display(t2.announced_earliest, t2.announced_latest, t2.announced_precision)), '{"$error":2}'::json) as "display"
          ) r3
        ) end) as "announced"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["microsoft-openai-restructuring-2026-04"]
-- half
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.kind as "kind", (case when t2.announced_precision is null then null else (
          select row_to_json(r3.*) from (
            select t2.announced_earliest as "earliest", t2.announced_latest as "latest", coalesce(to_json(t2.announced_precision), '{"$error":0}'::json) as "precision", coalesce(to_json(dg_fuzzy_display(t2.announced_earliest, t2.announced_latest, t2.announced_precision)), '{"$error":1}'::json) as "display"
          ) r3
        ) end) as "announced"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["openai-aws-compute-2025"]
