-- events
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes", ('[' || coalesce(a2.l1, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0, string_agg(n3.l1::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l1 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json((select count(*)::int from (
                select distinct trim(o6.outlet) collate "C" as outlet from citation c7 join source s8 on s8.id = c7.source_id cross join lateral unnest(case when c7.credited_outlet is not null then string_to_array(c7.credited_outlet, ',') else array[coalesce(s8.publisher, s8.author, '“' || s8.title || '”')] end) as o6(outlet) where c7.event_id = t4.id
              ) o9)), '{"$error":0}'::json) as "corroboration", t4.kind as "kind"
            ) r5
          ) as l0, (
            select row_to_json(r10.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor"
            ) r10
          ) as l1 from (
            select q11.*, coalesce(q11.date_earliest, q11.date_latest, 'infinity'::date) as sort_0 from event q11 where true order by coalesce(q11.date_earliest, q11.date_latest, 'infinity'::date), q11.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [2,2,2,"DATE:ASC","DATE:ASC",3]
