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
                    select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.event_id = t5.id
                  ) o11)), '{"$error":0}'::json) as "corroboration"
                ) r7
              ) as "node"
            ) r6
          ) as l0 from (
            select q12.*, coalesce(q12.date_earliest, q12.date_latest, 'infinity'::date) as sort_0 from event q12 where true order by coalesce(q12.date_earliest, q12.date_latest, 'infinity'::date), q12.id limit ?
          ) t5
        ) n4
      ) a2
    ) z1
  )
)::text
-- values: [8,8,8,"DATE:ASC","DATE:ASC",9]
