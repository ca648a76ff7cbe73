-- sources
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.fetched > ? as "hasNextPage", false as "hasPreviousPage", a3.cursors[1] as "startCursor", a3.cursors[array_length(a3.cursors, 1)] as "endCursor"
        ) r2
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor from (
            select q6.*, coalesce(q6.published_earliest, q6.published_latest, 'infinity'::date) as sort_0 from source q6 where true order by coalesce(q6.published_earliest, q6.published_latest, 'infinity'::date), q6.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [20,20,"PUBLISHED:ASC",21]
