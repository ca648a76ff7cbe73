-- statements
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from statement q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0 desc, t5.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor"
            ) r6
          ) as l0 from (
            select q2.*, coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) as sort_0 from statement q2 where true order by coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) desc, q2.id desc limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [7,7,"DATE:DESC","DATE:DESC",8]
-- deals
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from deal q2 where true
      ) as "totalCount", (
        select row_to_json(r3.*) from (
          select a4.cursors[1] as "startCursor", exists (
            select 1 from deal q2 where (true) and (not (coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id) > (cast(? as date), ?))
          ) as "hasPreviousPage"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor from (
            select q2.*, coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date) as sort_0 from deal q2 where (true) and ((coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id) > (cast(? as date), ?)) order by coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: ["infinity",4,3,"ANNOUNCED:ASC","infinity",4,4]
