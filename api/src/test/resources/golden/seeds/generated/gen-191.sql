-- events
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from event q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "a0", (
                select row_to_json(r7.*) from (
                  select t5.title as "title", t5.kind as "kind", coalesce(to_json(dg_global_id('Event', t5.slug)), '{"$error":0}'::json) as "id", (
                    select row_to_json(z8.*) from (
                      select ('[' || coalesce(a9.l0, '') || ']')::json as "edges" from (
                        select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors, string_agg(n10.l0::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l0 from (
                          select row_number() over (order by t11.sort_0, t11.sort_1, t11.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text), dg_cursor_value(t11.sort_1::text)]::text[], t11.id) as cursor, (
                            select row_to_json(r12.*) from (
                              select dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text), dg_cursor_value(t11.sort_1::text)]::text[], t11.id) as "cursor"
                            ) r12
                          ) as l0 from (
                            select q13.*, q13.source_id as sort_0, q13.start_offset as sort_1 from citation q13 where (q13.event_id = t5.id) and ((q13.source_id, q13.start_offset, q13.id) > (cast(? as bigint), cast(? as integer), ?)) order by q13.source_id, q13.start_offset, q13.id limit ?
                          ) t11
                        ) n10
                      ) a9
                    ) z8
                  ) as "citations", (
                    select row_to_json(z14.*) from (
                      select (
                        select count(*) from citation q15 where q15.event_id = t5.id
                      ) as "totalCount", (
                        select row_to_json(r16.*) from (
                          select a17.cursors[1] as "startCursor", a17.cursors[array_length(a17.cursors, 1)] as "endCursor"
                        ) r16
                      ) as "pageInfo" from (
                        select count(*) as fetched, (array_agg(n18.cursor order by n18.ord) filter (where n18.ord <= ?)) as cursors from (
                          select row_number() over (order by t19.sort_0, t19.sort_1, t19.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t19.sort_0::text), dg_cursor_value(t19.sort_1::text)]::text[], t19.id) as cursor from (
                            select q15.*, q15.source_id as sort_0, q15.start_offset as sort_1 from citation q15 where q15.event_id = t5.id order by q15.source_id, q15.start_offset, q15.id limit ?
                          ) t19
                        ) n18
                      ) a17
                    ) z14
                  ) as "again4"
                ) r7
              ) as "node"
            ) r6
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from event q2 where (true) and ((coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id) > (cast(? as date), ?)) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [4,4,"DATE:ASC","DATE:ASC",2,2,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC","5","1965",63,3,3,"SOURCE_POSITION:ASC",4,"2026-04-27",6,5]
