-- deals
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes", (
        select row_to_json(r3.*) from (
          select a2.cursors[array_length(a2.cursors, 1)] as "endCursor"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select t5.slug as "slug"
            ) r6
          ) as l0 from (
            select q7.*, coalesce(q7.announced_earliest, q7.announced_latest, 'infinity'::date) as sort_0 from deal q7 where true order by coalesce(q7.announced_earliest, q7.announced_latest, 'infinity'::date), q7.id limit ?
          ) t5
        ) n4
      ) a2
    ) z1
  )
)::text
-- values: [1,1,"ANNOUNCED:ASC",2]
