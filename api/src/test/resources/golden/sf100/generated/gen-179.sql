-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.url as "url", t2.file_name as "fileName", (
          select row_to_json(z3.*) from (
            select (
              select count(*) from citation q4 where q4.source_id = t2.id
            ) as "totalCount" from (
              select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors from (
                select row_number() over (order by t6.sort_0, t6.sort_1, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text), dg_cursor_value(t6.sort_1::text)]::text[], t6.id) as cursor from (
                  select q4.*, q4.source_id as sort_0, q4.start_offset as sort_1 from citation q4 where q4.source_id = t2.id order by q4.source_id, q4.start_offset, q4.id limit ?
                ) t6
              ) n5
            ) a7
          ) z3
        ) as "citations"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: [1,"SOURCE_POSITION:ASC",2,"generated-article-71"]
