-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select ('[' || coalesce(string_agg((
            select row_to_json(r2.*) from (
              select c3.name as "name"
            ) r2
          )::text, ',' order by c3.name, c3.id), '') || ']')::json from (
            select c3.* from organization c3 where exists (select 1 from event_organization eo4 where eo4.event_id = t5.id and eo4.organization_id = c3.id) order by c3.name, c3.id limit ?
          ) c3 where true
        ) as "organizations", (
          select (
            select row_to_json(r6.*) from (
              select c7.slug as "slug"
            ) r6
          ) from deal c7 where c7.id = t5.deal_id limit 1
        ) as "deal"
      ) r1
    ) from event t5 where t5.slug = ? limit 1
  )
)::text
-- values: [20,"stargate-launch-2025-01-21"]
