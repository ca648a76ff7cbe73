-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r3.*) from (
              select coalesce(to_json(dg_global_id('Organization', c4.slug)), '{"$error":0}'::json) as "id", c4.slug as "a1"
            ) r3
          )::text, ',' order by c4.name, c4.id), '') || ']')::json from (
            select c4.* from organization c4 where exists (select 1 from event_organization eo5 where eo5.event_id = t2.id and eo5.organization_id = c4.id) order by c4.name, c4.id limit ?
          ) c4 where true
        ) as "organizations", coalesce(to_json((case when t2.date_precision is null then null else (
          select row_to_json(r6.*) from (
            select coalesce(to_json(t2.date_text), '{"$error":1}'::json) as "text", coalesce(to_json(t2.date_precision), '{"$error":2}'::json) as "precision", t2.date_latest as "latest", t2.date_earliest as "earliest"
          ) r6
        ) end)), '{"$error":3}'::json) as "date"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: [20,"stargate-launch-2025-01-21"]
