-- r1
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from organization q2 where true
      ) as "totalCount", (
        select row_to_json(r3.*) from (
          select a4.cursors[1] as "startCursor"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor from (
            select q2.*, (q2.slug) collate "C" as sort_0 from organization q2 where true order by (q2.slug) collate "C", q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: [6,"SLUG:ASC",7]
