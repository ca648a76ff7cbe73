-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.channel as "a0", t2.quote as "quote", t2.slug as "slug", coalesce(to_json(dg_global_id('Statement', t2.slug)), '{"$error":0}'::json) as "id", (
          select row_to_json(z3.*) from (
            select (
              select count(*) from citation q4 where q4.statement_id = t2.id
            ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
                select row_number() over (order by t7.sort_0, t7.sort_1, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text), dg_cursor_value(t7.sort_1::text)]::text[], t7.id) as cursor, (
                  select row_to_json(r8.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text), dg_cursor_value(t7.sort_1::text)]::text[], t7.id) as "cursor"
                  ) r8
                ) as l0 from (
                  select q4.*, q4.source_id as sort_0, q4.start_offset as sort_1 from citation q4 where q4.statement_id = t2.id order by q4.source_id, q4.start_offset, q4.id limit ?
                ) t7
              ) n6
            ) a5
          ) z3
        ) as "citations"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: [1,1,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",2,"openai-memo-microsoft-limited-its-ability"]
