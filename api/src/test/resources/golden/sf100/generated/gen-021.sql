-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.role as "role", t2.slug as "slug", (
          select row_to_json(z3.*) from (
            select ('[' || coalesce(a4.l0, '') || ']')::json as "nodes", (
              select row_to_json(r5.*) from (
                select a4.cursors[array_length(a4.cursors, 1)] as "endCursor", a4.cursors[1] as "a1"
              ) r5
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
                select row_number() over (order by t7.sort_0, t7.sort_1, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text), dg_cursor_value(t7.sort_1::text)]::text[], t7.id) as cursor, (
                  select row_to_json(r8.*) from (
                    select t7.end_offset as "endOffset"
                  ) r8
                ) as l0 from (
                  select q9.*, q9.source_id as sort_0, q9.start_offset as sort_1 from citation q9 where (q9.person_id = t2.id) and ((q9.source_id, q9.start_offset, q9.id) > (cast(? as bigint), cast(? as integer), ?)) order by q9.source_id, q9.start_offset, q9.id limit ?
                ) t7
              ) n6
            ) a4
          ) z3
        ) as "citations"
      ) r1
    ) from person t2 where t2.slug = ? limit 1
  )
)::text
-- values: [20,20,"SOURCE_POSITION:ASC","10000092","2483",3099,21,"aisha-tanaka-458"]
