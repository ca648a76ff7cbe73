-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.description as "description", coalesce(to_json((case when t2.date_precision is null then null else (
          select row_to_json(r3.*) from (
            select coalesce(to_json(t2.date_text), '{"$error":0}'::json) as "text", t2.date_latest as "latest", coalesce(to_json(t2.date_precision), '{"$error":1}'::json) as "precision", coalesce(to_json(dg_fuzzy_display(t2.date_earliest, t2.date_latest, t2.date_precision)), '{"$error":2}'::json) as "display"
          ) r3
        ) end)), '{"$error":3}'::json) as "date"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["openai-revenue-chief-memo-reported-2026-04-13"]
