-- events
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes", ('[' || coalesce(a2.l1, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0, string_agg(n3.l1::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l1 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json((select count(*)::int from (
                select distinct trim(o6.outlet) collate "C" as outlet from (
                  select cc7.source_id, cc7.credited_outlet, bool_or(cc7.credited_outlet is not null) over (partition by cc7.source_id) as credits from citation cc7 where cc7.event_id = t4.id
                ) c8 join source s9 on s9.id = c8.source_id cross join lateral unnest(case when c8.credited_outlet is not null then string_to_array(c8.credited_outlet, ',') when c8.credits then array[]::text[] else array[coalesce(s9.publisher, s9.author, '“' || s9.title || '”')] end) as o6(outlet)
              ) o10)), '{"$error":0}'::json) as "corroboration", t4.kind as "kind"
            ) r5
          ) as l0, (
            select row_to_json(r11.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor"
            ) r11
          ) as l1 from (
            select q12.*, coalesce(q12.date_earliest, q12.date_latest, 'infinity'::date) as sort_0 from event q12 where true order by coalesce(q12.date_earliest, q12.date_latest, 'infinity'::date), q12.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [2,2,2,"DATE:ASC","DATE:ASC",3]
