-- deals
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.fetched > ? as "hasNextPage", a3.cursors[array_length(a3.cursors, 1)] as "endCursor"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select t5.slug as "slug"
            ) r6
          ) as l0 from (
            select q7.*, coalesce(q7.announced_earliest, q7.announced_latest, 'infinity'::date) as sort_0 from deal q7 where true order by coalesce(q7.announced_earliest, q7.announced_latest, 'infinity'::date), q7.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [4,4,4,"ANNOUNCED:ASC",5]
