-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[1] as "startCursor", exists (
            select 1 from commitment q4 where (true) and (not (coalesce(q4.date_earliest, q4.date_latest, 'infinity'::date), q4.id) > (cast(? as date), ?))
          ) as "hasPreviousPage", a3.fetched > ? as "hasNextPage", a3.cursors[array_length(a3.cursors, 1)] as "endCursor"
        ) r2
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor from (
            select q4.*, coalesce(q4.date_earliest, q4.date_latest, 'infinity'::date) as sort_0 from commitment q4 where (true) and ((coalesce(q4.date_earliest, q4.date_latest, 'infinity'::date), q4.id) > (cast(? as date), ?)) order by coalesce(q4.date_earliest, q4.date_latest, 'infinity'::date), q4.id limit ?
          ) t6
        ) n5
      ) a3
    ) z1
  )
)::text
-- values: ["2015-01-01",10008674,6,6,"DATE:ASC","2015-01-01",10008674,7]
