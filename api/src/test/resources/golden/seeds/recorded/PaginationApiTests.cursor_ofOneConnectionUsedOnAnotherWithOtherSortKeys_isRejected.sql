-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select (
              select row_to_json(r3.*) from (
                select a4.cursors[array_length(a4.cursors, 1)] as "endCursor"
              ) r3
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors from (
                select row_number() over (order by t6.sort_0, t6.sort_1, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text), dg_cursor_value(t6.sort_1::text)]::text[], t6.id) as cursor from (
                  select q7.*, q7.source_id as sort_0, q7.start_offset as sort_1 from citation q7 where q7.source_id = t8.id order by q7.source_id, q7.start_offset, q7.id limit ?
                ) t6
              ) n5
            ) a4
          ) z2
        ) as "citations"
      ) r1
    ) from source t8 where t8.slug = ? limit 1
  )
)::text
-- values: [1,"SOURCE_POSITION:ASC",2,"openai-deepens-amazon-ties-2026-04-13"]
