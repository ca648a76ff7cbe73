-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.url as "url", (
          select row_to_json(z3.*) from (
            select (
              select count(*) from citation q4 where q4.source_id = t2.id
            ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "edges", (
              select row_to_json(r6.*) from (
                select a5.cursors[1] as "startCursor", a5.fetched > ? as "hasNextPage", exists (
                  select 1 from citation q4 where (q4.source_id = t2.id) and (not (q4.source_id, q4.start_offset, q4.id) > (cast(? as bigint), cast(? as integer), ?))
                ) as "hasPreviousPage"
              ) r6
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
                select row_number() over (order by t8.sort_0, t8.sort_1, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text), dg_cursor_value(t8.sort_1::text)]::text[], t8.id) as cursor, (
                  select row_to_json(r9.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text), dg_cursor_value(t8.sort_1::text)]::text[], t8.id) as "a0"
                  ) r9
                ) as l0 from (
                  select q4.*, q4.source_id as sort_0, q4.start_offset as sort_1 from citation q4 where (q4.source_id = t2.id) and ((q4.source_id, q4.start_offset, q4.id) > (cast(? as bigint), cast(? as integer), ?)) order by q4.source_id, q4.start_offset, q4.id limit ?
                ) t8
              ) n7
            ) a5
          ) z3
        ) as "citations"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: [3,"10000031","925",94679,3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC","10000031","925",94679,4,"generated-article-42"]
