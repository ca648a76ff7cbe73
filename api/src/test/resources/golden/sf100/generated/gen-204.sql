-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.channel as "channel", t2.quote as "quote", t2.slug as "slug", coalesce(to_json(dg_global_id('Statement', t2.slug)), '{"$error":0}'::json) as "id", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r3.*) from (
              select 'Speaker'::text as "__typename"
            ) r3
          )::text, ',' order by c4.id), '') || ']')::json from (
            select c4.* from statement_speaker c4 where c4.statement_id = t2.id order by c4.id limit ?
          ) c4 where true
        ) as "speakers", (
          select row_to_json(z5.*) from (
            select (
              select count(*) from citation q6 where q6.statement_id = t2.id
            ) as "totalCount", ('[' || coalesce(a7.l0, '') || ']')::json as "edges", (
              select row_to_json(r8.*) from (
                select a7.cursors[array_length(a7.cursors, 1)] as "endCursor", a7.cursors[1] as "a1", exists (
                  select 1 from citation q6 where (q6.statement_id = t2.id) and (not (q6.source_id, q6.start_offset, q6.id) > (cast(? as bigint), cast(? as integer), ?))
                ) as "hasPreviousPage", a7.fetched > ? as "hasNextPage"
              ) r8
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors, string_agg(n9.l0::text, ',' order by n9.ord) filter (where n9.ord <= ?) as l0 from (
                select row_number() over (order by t10.sort_0, t10.sort_1, t10.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text), dg_cursor_value(t10.sort_1::text)]::text[], t10.id) as cursor, (
                  select row_to_json(r11.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text), dg_cursor_value(t10.sort_1::text)]::text[], t10.id) as "cursor"
                  ) r11
                ) as l0 from (
                  select q6.*, q6.source_id as sort_0, q6.start_offset as sort_1 from citation q6 where (q6.statement_id = t2.id) and ((q6.source_id, q6.start_offset, q6.id) > (cast(? as bigint), cast(? as integer), ?)) order by q6.source_id, q6.start_offset, q6.id limit ?
                ) t10
              ) n9
            ) a7
          ) z5
        ) as "citations"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: [10,"10000062","1321",94664,1,1,1,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC","10000062","1321",94664,2,"statement-4204"]
-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.description as "a0", coalesce(to_json(dg_global_id('Event', t2.slug)), '{"$error":0}'::json) as "id", coalesce(to_json((case when t2.date_precision is null then null else (
          select row_to_json(r3.*) from (
            select t2.date_latest as "latest"
          ) r3
        ) end)), '{"$error":1}'::json) as "date"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["event-9304-2"]
