-- openai
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select (
              select count(*) from event q3 where exists (select 1 from event_organization eo4 where eo4.event_id = q3.id and eo4.organization_id = t5.id)
            ) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
                select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
                  select row_to_json(r9.*) from (
                    select t8.slug as "slug"
                  ) r9
                ) as l0 from (
                  select q3.*, coalesce(q3.date_earliest, q3.date_latest, 'infinity'::date) as sort_0 from event q3 where exists (select 1 from event_organization eo4 where eo4.event_id = q3.id and eo4.organization_id = t5.id) order by coalesce(q3.date_earliest, q3.date_latest, 'infinity'::date), q3.id limit ?
                ) t8
              ) n7
            ) a6
          ) z2
        ) as "events"
      ) r1
    ) from organization t5 where t5.slug = ? limit 1
  )
)::text
-- values: [20,20,"DATE:ASC",21,"openai"]
-- oracle
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
                select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
                  select row_to_json(r6.*) from (
                    select t5.slug as "slug", (
                      select ('[' || coalesce(string_agg((
                        select row_to_json(r7.*) from (
                          select c8.slug as "slug"
                        ) r7
                      )::text, ',' order by c8.name, c8.id), '') || ']')::json from (
                        select c8.* from organization c8 where exists (select 1 from event_organization eo9 where eo9.event_id = t5.id and eo9.organization_id = c8.id) order by c8.name, c8.id limit ?
                      ) c8 where true
                    ) as "organizations"
                  ) r6
                ) as l0 from (
                  select q10.*, coalesce(q10.date_earliest, q10.date_latest, 'infinity'::date) as sort_0 from event q10 where exists (select 1 from event_organization eo11 where eo11.event_id = q10.id and eo11.organization_id = t12.id) order by coalesce(q10.date_earliest, q10.date_latest, 'infinity'::date), q10.id limit ?
                ) t5
              ) n4
            ) a3
          ) z2
        ) as "events"
      ) r1
    ) from organization t12 where t12.slug = ? limit 1
  )
)::text
-- values: [20,20,"DATE:ASC",20,21,"oracle"]
-- alphabet
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select (
              select count(*) from event q3 where exists (select 1 from event_organization eo4 where eo4.event_id = q3.id and eo4.organization_id = t5.id)
            ) as "totalCount" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors from (
                select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor from (
                  select q3.*, coalesce(q3.date_earliest, q3.date_latest, 'infinity'::date) as sort_0 from event q3 where exists (select 1 from event_organization eo4 where eo4.event_id = q3.id and eo4.organization_id = t5.id) order by coalesce(q3.date_earliest, q3.date_latest, 'infinity'::date), q3.id limit ?
                ) t7
              ) n6
            ) a8
          ) z2
        ) as "events"
      ) r1
    ) from organization t5 where t5.slug = ? limit 1
  )
)::text
-- values: [20,"DATE:ASC",21,"alphabet"]
