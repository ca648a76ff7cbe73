-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.title as "title", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r3.*) from (
              select c4.kind as "kind"
            ) r3
          )::text, ',' order by c4.name, c4.id), '') || ']')::json from (
            select c4.* from organization c4 where exists (select 1 from event_organization eo5 where eo5.event_id = t2.id and eo5.organization_id = c4.id) order by c4.name, c4.id limit ?
          ) c4 where true
        ) as "organizations"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: [20,"microsoft-openai-restructuring-2026-04-announced"]
-- events
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "a0"
            ) r5
          ) as l0 from (
            select q6.*, coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date) as sort_0 from event q6 where q6.kind = ? order by coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date), q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [6,6,"DATE:ASC","DATE:ASC","ANNOUNCEMENT",7]
