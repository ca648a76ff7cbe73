-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Event', t2.slug)), '{"$error":0}'::json) as "id", t2.slug as "slug", t2.description as "description", (
          select (
            select row_to_json(r3.*) from (
              select c4.kind as "kind"
            ) r3
          ) from deal c4 where c4.id = t2.deal_id limit 1
        ) as "deal", coalesce(to_json((case when t2.date_precision is null then null else (
          select row_to_json(r5.*) from (
            select t2.date_latest as "latest"
          ) r5
        ) end)), '{"$error":1}'::json) as "date"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["event-3120-1"]
