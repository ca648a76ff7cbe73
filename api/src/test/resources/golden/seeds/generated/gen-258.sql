-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", coalesce(to_json(array(select a3.value from organization_alias a3 where a3.organization_id = t2.id and a3.kind = 'ALIAS' order by a3.value limit 100)), '{"$error":0}'::json) as "aliases", t2.name as "name", coalesce(to_json(dg_global_id('Organization', t2.slug)), '{"$error":1}'::json) as "id", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r4.*) from (
              select c5.name as "name", (
                select row_to_json(z6.*) from (
                  select (
                    select count(*) from event q7 where exists (select 1 from event_organization eo8 where eo8.event_id = q7.id and eo8.organization_id = c5.id)
                  ) as "a0", (
                    select row_to_json(r9.*) from (
                      select exists (
                        select 1 from event q7 where (exists (select 1 from event_organization eo8 where eo8.event_id = q7.id and eo8.organization_id = c5.id)) and (not (coalesce(q7.date_earliest, q7.date_latest, 'infinity'::date), q7.id) > (cast(? as date), ?))
                      ) as "hasPreviousPage", a10.cursors[array_length(a10.cursors, 1)] as "endCursor"
                    ) r9
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors from (
                      select row_number() over (order by t12.sort_0, t12.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text)]::text[], t12.id) as cursor from (
                        select q7.*, coalesce(q7.date_earliest, q7.date_latest, 'infinity'::date) as sort_0 from event q7 where (exists (select 1 from event_organization eo8 where eo8.event_id = q7.id and eo8.organization_id = c5.id)) and ((coalesce(q7.date_earliest, q7.date_latest, 'infinity'::date), q7.id) > (cast(? as date), ?)) order by coalesce(q7.date_earliest, q7.date_latest, 'infinity'::date), q7.id limit ?
                      ) t12
                    ) n11
                  ) a10
                ) z6
              ) as "events"
            ) r4
          )::text, ',' order by c5.name, c5.id), '') || ']')::json from (
            select c5.* from organization c5 where c5.parent_id = t2.id order by c5.name, c5.id limit ?
          ) c5 where true
        ) as "units"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2025-01-21",7,2,"DATE:ASC","2025-01-21",7,3,50,"openai"]
-- sources
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[1] as "startCursor", a3.cursors[array_length(a3.cursors, 1)] as "endCursor", exists (
            select 1 from source q4 where (true) and (not (coalesce(q4.published_earliest, q4.published_latest, 'infinity'::date), q4.id) > (cast(? as date), ?))
          ) as "hasPreviousPage"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select t6.author as "a0", t6.file_name as "fileName", (
                select row_to_json(z8.*) from (
                  select (
                    select row_to_json(r9.*) from (
                      select false as "a0", a10.cursors[array_length(a10.cursors, 1)] as "endCursor", a10.fetched > ? as "hasNextPage", a10.cursors[1] as "startCursor"
                    ) r9
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors from (
                      select row_number() over (order by t12.sort_0, t12.sort_1, t12.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text), dg_cursor_value(t12.sort_1::text)]::text[], t12.id) as cursor from (
                        select q13.*, q13.source_id as sort_0, q13.start_offset as sort_1 from citation q13 where q13.source_id = t6.id order by q13.source_id, q13.start_offset, q13.id limit ?
                      ) t12
                    ) n11
                  ) a10
                ) z8
              ) as "citations"
            ) r7
          ) as l0 from (
            select q4.*, coalesce(q4.published_earliest, q4.published_latest, 'infinity'::date) as sort_0 from source q4 where (true) and ((coalesce(q4.published_earliest, q4.published_latest, 'infinity'::date), q4.id) > (cast(? as date), ?)) order by coalesce(q4.published_earliest, q4.published_latest, 'infinity'::date), q4.id limit ?
          ) t6
        ) n5
      ) a3
    ) z1
  )
)::text
-- values: ["2026-04-13",1,20,20,"PUBLISHED:ASC",3,3,"SOURCE_POSITION:ASC",4,"2026-04-13",1,21]
