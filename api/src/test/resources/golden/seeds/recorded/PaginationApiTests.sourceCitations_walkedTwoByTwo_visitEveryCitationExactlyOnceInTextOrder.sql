-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select (
              select count(*) from citation q3 where q3.source_id = t4.id
            ) as "totalCount", (
              select row_to_json(r5.*) from (
                select a6.fetched > ? as "hasNextPage", false as "hasPreviousPage", a6.cursors[1] as "startCursor", a6.cursors[array_length(a6.cursors, 1)] as "endCursor"
              ) r5
            ) as "pageInfo", ('[' || coalesce(a6.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
                select row_number() over (order by t8.sort_0, t8.sort_1, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text), dg_cursor_value(t8.sort_1::text)]::text[], t8.id) as cursor, (
                  select row_to_json(r9.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text), dg_cursor_value(t8.sort_1::text)]::text[], t8.id) as "cursor", (
                      select row_to_json(r10.*) from (
                        select t8.excerpt as "excerpt"
                      ) r10
                    ) as "node"
                  ) r9
                ) as l0 from (
                  select q3.*, q3.source_id as sort_0, q3.start_offset as sort_1 from citation q3 where q3.source_id = t4.id order by q3.source_id, q3.start_offset, q3.id limit ?
                ) t8
              ) n7
            ) a6
          ) z2
        ) as "citations"
      ) r1
    ) from source t4 where t4.slug = ? limit 1
  )
)::text
-- values: [2,2,2,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",3,"openai-signals-strategic-shift-from-microsoft-to-amazon"]
