-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", t2.title as "title", t2.kind as "kind", t2.status as "status", t2.summary as "summary", (case when t2.announced_precision is null then null else (
          select row_to_json(r3.*) from (
            select coalesce(to_json(dg_fuzzy_display(t2.announced_earliest, t2.announced_latest, t2.announced_precision)), '{"$error":0}'::json) as "display"
          ) r3
        ) end) as "announced", (case when t2.effective_precision is null then null else (
          select row_to_json(r4.*) from (
            select t2.effective_earliest as "earliest", t2.effective_latest as "latest", coalesce(to_json(t2.effective_precision), '{"$error":1}'::json) as "precision", coalesce(to_json(t2.effective_text), '{"$error":2}'::json) as "text", coalesce(to_json(dg_fuzzy_display(t2.effective_earliest, t2.effective_latest, t2.effective_precision)), '{"$error":3}'::json) as "display"
          ) r4
        ) end) as "effective", (case when t2.ended_precision is null then null else (
          select row_to_json(r5.*) from (
            select coalesce(to_json(dg_fuzzy_display(t2.ended_earliest, t2.ended_latest, t2.ended_precision)), '{"$error":4}'::json) as "display"
          ) r5
        ) end) as "ended"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["microsoft-openai-partnership"]
