-- r1
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select false as "a0", a3.cursors[1] as "startCursor", a3.cursors[array_length(a3.cursors, 1)] as "endCursor"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor"
            ) r6
          ) as l0 from (
            select q7.*, (lower(q7.name)) collate "C" as sort_0 from person q7 where true order by (lower(q7.name)) collate "C", q7.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [4,4,"NAME:ASC","NAME:ASC",5]
