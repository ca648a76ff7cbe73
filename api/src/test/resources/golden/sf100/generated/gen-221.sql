-- people
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from person q2 where true
      ) as "totalCount", (
        select row_to_json(r3.*) from (
          select false as "hasPreviousPage"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor from (
            select q2.*, (lower(q2.name)) collate "C" as sort_0 from person q2 where true order by (lower(q2.name)) collate "C", q2.id limit ?
          ) t5
        ) n4
      ) a6
    ) z1
  )
)::text
-- values: [20,"NAME:ASC",21]
