-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", t2.title as "title", t2.kind as "kind", t2.description as "description", coalesce(to_json((case when t2.date_precision is null then null else (
          select row_to_json(r3.*) from (
            select t2.date_earliest as "earliest", t2.date_latest as "latest", coalesce(to_json(t2.date_precision), '{"$error":0}'::json) as "precision", coalesce(to_json(t2.date_text), '{"$error":1}'::json) as "text", coalesce(to_json(dg_fuzzy_display(t2.date_earliest, t2.date_latest, t2.date_precision)), '{"$error":2}'::json) as "display"
          ) r3
        ) end)), '{"$error":3}'::json) as "date"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["stargate-launch-2025-01-21"]
