-- statements
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from statement q2 where true
      ) as "totalCount", (
        select row_to_json(r3.*) from (
          select a4.cursors[array_length(a4.cursors, 1)] as "endCursor", a4.fetched > ? as "hasNextPage", false as "hasPreviousPage", a4.cursors[1] as "startCursor"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors from (
          select row_number() over (order by t6.sort_0 desc, t6.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor from (
            select q2.*, coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) as sort_0 from statement q2 where true order by coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) desc, q2.id desc limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: [5,5,"DATE:DESC",6]
