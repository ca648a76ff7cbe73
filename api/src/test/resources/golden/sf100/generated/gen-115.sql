-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Event', t2.slug)), '{"$error":0}'::json) as "id", t2.title as "title", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r3.*) from (
              select c4.name as "name", coalesce(to_json(dg_global_id('Organization', c4.slug)), '{"$error":1}'::json) as "id", coalesce(to_json(array(select a5.value from organization_alias a5 where a5.organization_id = c4.id and a5.kind = 'ALIAS' order by a5.value limit 100)), '{"$error":2}'::json) as "aliases", (
                select row_to_json(z6.*) from (
                  select (
                    select count(*) from exclusive_term q7 where q7.holder_id = c4.id
                  ) as "totalCount", ('[' || coalesce(a8.l0, '') || ']')::json as "edges" from (
                    select count(*) as fetched, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors, string_agg(n9.l0::text, ',' order by n9.ord) filter (where n9.ord <= ?) as l0 from (
                      select row_number() over (order by t10.sort_0, t10.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text)]::text[], t10.id) as cursor, (
                        select row_to_json(r11.*) from (
                          select dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text)]::text[], t10.id) as "cursor", null::text as "inForce"
                        ) r11
                      ) as l0 from (
                        select q7.*, coalesce(q7.valid_from_earliest, q7.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q7 where q7.holder_id = c4.id order by coalesce(q7.valid_from_earliest, q7.valid_from_latest, 'infinity'::date), q7.id limit ?
                      ) t10
                    ) n9
                  ) a8
                ) z6
              ) as "exclusivityHeld"
            ) r3
          )::text, ',' order by c4.name, c4.id), '') || ']')::json from (
            select c4.* from organization c4 where exists (select 1 from event_organization eo12 where eo12.event_id = t2.id and eo12.organization_id = c4.id) order by c4.name, c4.id limit ?
          ) c4 where true
        ) as "organizations"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: [1,1,"VALID_FROM:ASC","VALID_FROM:ASC",2,20,"event-6765-1"]
-- people
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from person q2 where true
      ) as "totalCount", (
        select row_to_json(r3.*) from (
          select false as "hasPreviousPage", a4.cursors[array_length(a4.cursors, 1)] as "endCursor"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor from (
            select q2.*, (lower(q2.name)) collate "C" as sort_0 from person q2 where true order by (lower(q2.name)) collate "C", q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: [4,"NAME:ASC",5]
