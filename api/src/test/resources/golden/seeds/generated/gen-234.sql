-- statements
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0 desc, t4.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", (
                select row_to_json(r6.*) from (
                  select coalesce(to_json((select count(*)::int from (
                    select distinct trim(o7.outlet) collate "C" as outlet from citation c8 join source s9 on s9.id = c8.source_id cross join lateral unnest(case when c8.credited_outlet is not null then string_to_array(c8.credited_outlet, ',') else array[coalesce(s9.publisher, s9.author, '“' || s9.title || '”')] end) as o7(outlet) where c8.statement_id = t4.id
                  ) o10)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(dg_global_id('Statement', t4.slug)), '{"$error":1}'::json) as "id", t4.channel as "channel", (
                    select ('[' || coalesce(string_agg((
                      select row_to_json(r11.*) from (
                        select 'Speaker'::text as "__typename"
                      ) r11
                    )::text, ',' order by c12.id), '') || ']')::json from (
                      select c12.* from statement_speaker c12 where c12.statement_id = t4.id order by c12.id limit ?
                    ) c12 where true
                  ) as "speakers"
                ) r6
              ) as "node"
            ) r5
          ) as l0 from (
            select q13.*, coalesce(q13.date_latest, q13.date_earliest, '-infinity'::date) as sort_0 from statement q13 where true order by coalesce(q13.date_latest, q13.date_earliest, '-infinity'::date) desc, q13.id desc limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [1,1,"DATE:DESC","DATE:DESC",10,2]
