-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select to_char(t2.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "a0", (
          select row_to_json(z3.*) from (
            select (
              select count(*) from citation q4 where q4.source_id = t2.id
            ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
                select row_number() over (order by t7.sort_0, t7.sort_1, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text), dg_cursor_value(t7.sort_1::text)]::text[], t7.id) as cursor, (
                  select row_to_json(r8.*) from (
                    select t7.start_offset as "startOffset", coalesce(to_json((
                      select (
                        select row_to_json(r9.*) from (
                          select c10.file_name as "fileName", c10.title as "title", c10.url as "url"
                        ) r9
                      ) from source c10 where c10.id = t7.source_id limit 1
                    )), '{"$error":0}'::json) as "source"
                  ) r8
                ) as l0 from (
                  select q4.*, q4.source_id as sort_0, q4.start_offset as sort_1 from citation q4 where q4.source_id = t2.id order by q4.source_id, q4.start_offset, q4.id limit ?
                ) t7
              ) n6
            ) a5
          ) z3
        ) as "citations"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: [1,1,"SOURCE_POSITION:ASC",2,"openai-signals-strategic-shift-from-microsoft-to-amazon"]
