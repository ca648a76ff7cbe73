-- sources
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from source q2 where true
      ) as "totalCount", (
        select row_to_json(r3.*) from (
          select a4.cursors[array_length(a4.cursors, 1)] as "endCursor", false as "hasPreviousPage"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor from (
            select q2.*, coalesce(q2.published_earliest, q2.published_latest, 'infinity'::date) as sort_0 from source q2 where true order by coalesce(q2.published_earliest, q2.published_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: [7,"PUBLISHED:ASC",8]
