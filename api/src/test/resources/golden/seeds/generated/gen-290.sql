-- events
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges", (
        select row_to_json(r3.*) from (
          select a2.cursors[1] as "startCursor", false as "hasPreviousPage", a2.cursors[array_length(a2.cursors, 1)] as "a2", a2.fetched > ? as "hasNextPage"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor", (
                select row_to_json(r7.*) from (
                  select coalesce(to_json((select count(*)::int from (
                    select distinct trim(o8.outlet) collate "C" as outlet from (
                      select cc9.source_id, cc9.credited_outlet, bool_or(cc9.credited_outlet is not null) over (partition by cc9.source_id) as credits from citation cc9 where cc9.event_id = t5.id
                    ) c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') when c10.credits then array[]::text[] else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o8(outlet)
                  ) o12)), '{"$error":0}'::json) as "corroboration"
                ) r7
              ) as "node"
            ) r6
          ) as l0 from (
            select q13.*, coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date) as sort_0 from event q13 where true order by coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date), q13.id limit ?
          ) t5
        ) n4
      ) a2
    ) z1
  )
)::text
-- values: [8,8,8,"DATE:ASC","DATE:ASC",9]
