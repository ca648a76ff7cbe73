-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.title as "title", t2.publisher as "publisher", t2.slug as "slug", (
          select row_to_json(z3.*) from (
            select ('[' || coalesce(a4.l0, '') || ']')::json as "edges", ('[' || coalesce(a4.l1, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0, string_agg(n5.l1::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l1 from (
                select row_number() over (order by t6.sort_0, t6.sort_1, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text), dg_cursor_value(t6.sort_1::text)]::text[], t6.id) as cursor, (
                  select row_to_json(r7.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text), dg_cursor_value(t6.sort_1::text)]::text[], t6.id) as "cursor"
                  ) r7
                ) as l0, (
                  select row_to_json(r8.*) from (
                    select t6.excerpt as "excerpt", t6.credited_outlet as "creditedOutlet", t6.start_offset as "startOffset", t6.end_offset as "endOffset"
                  ) r8
                ) as l1 from (
                  select q9.*, q9.source_id as sort_0, q9.start_offset as sort_1 from citation q9 where q9.source_id = t2.id order by q9.source_id, q9.start_offset, q9.id limit ?
                ) t6
              ) n5
            ) a4
          ) z3
        ) as "citations"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: [1,1,1,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",2,"openai-shifts-strategic-focus-toward-amazon-2026-04-13"]
