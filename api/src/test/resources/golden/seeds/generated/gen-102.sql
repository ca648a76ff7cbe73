-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.description as "description", coalesce(to_json(dg_global_id('Event', t2.slug)), '{"$error":0}'::json) as "id", (
          select row_to_json(z3.*) from (
            select (
              select count(*) from citation q4 where q4.event_id = t2.id
            ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
                select row_number() over (order by t7.sort_0, t7.sort_1, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text), dg_cursor_value(t7.sort_1::text)]::text[], t7.id) as cursor, (
                  select row_to_json(r8.*) from (
                    select t7.end_offset as "endOffset", coalesce(to_json((
                      select (
                        select row_to_json(r9.*) from (
                          select c10.author_note as "authorNote"
                        ) r9
                      ) from source c10 where c10.id = t7.source_id limit 1
                    )), '{"$error":1}'::json) as "source"
                  ) r8
                ) as l0 from (
                  select q4.*, q4.source_id as sort_0, q4.start_offset as sort_1 from citation q4 where q4.event_id = t2.id order by q4.source_id, q4.start_offset, q4.id limit ?
                ) t7
              ) n6
            ) a5
          ) z3
        ) as "citations", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r11.*) from (
              select coalesce(to_json(dg_global_id('Organization', c12.slug)), '{"$error":2}'::json) as "id", c12.slug as "slug", (
                select row_to_json(z13.*) from (
                  select ('[' || coalesce(a14.l0, '') || ']')::json as "edges" from (
                    select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                      select row_number() over (order by t16.sort_0, t16.sort_1, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text), dg_cursor_value(t16.sort_1::text)]::text[], t16.id) as cursor, (
                        select row_to_json(r17.*) from (
                          select dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text), dg_cursor_value(t16.sort_1::text)]::text[], t16.id) as "cursor"
                        ) r17
                      ) as l0 from (
                        select q18.*, q18.source_id as sort_0, q18.start_offset as sort_1 from citation q18 where q18.organization_id = c12.id order by q18.source_id, q18.start_offset, q18.id limit ?
                      ) t16
                    ) n15
                  ) a14
                ) z13
              ) as "citations"
            ) r11
          )::text, ',' order by c12.name, c12.id), '') || ']')::json from (
            select c12.* from organization c12 where exists (select 1 from event_organization eo19 where eo19.event_id = t2.id and eo19.organization_id = c12.id) order by c12.name, c12.id limit ?
          ) c12 where true
        ) as "organizations"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: [3,3,"SOURCE_POSITION:ASC",4,3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,20,"openai-revenue-chief-memo-reported-2026-04-13"]
