-- deals
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[array_length(a3.cursors, 1)] as "endCursor"
        ) r2
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor from (
            select q6.*, (lower(q6.title)) collate "C" as sort_0 from deal q6 where true order by (lower(q6.title)) collate "C", q6.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [2,"TITLE:ASC",3]
