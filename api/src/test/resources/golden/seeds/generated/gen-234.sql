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
                    select distinct trim(o7.outlet) collate "C" as outlet from (
                      select cc8.source_id, cc8.credited_outlet, bool_or(cc8.credited_outlet is not null) over (partition by cc8.source_id) as credits from citation cc8 where cc8.statement_id = t4.id
                    ) c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') when c9.credits then array[]::text[] else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o7(outlet)
                  ) o11)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(dg_global_id('Statement', t4.slug)), '{"$error":1}'::json) as "id", t4.channel as "channel", (
                    select ('[' || coalesce(string_agg((
                      select row_to_json(r12.*) from (
                        select 'Speaker'::text as "__typename"
                      ) r12
                    )::text, ',' order by c13.id), '') || ']')::json from (
                      select c13.* from statement_speaker c13 where c13.statement_id = t4.id order by c13.id limit ?
                    ) c13 where true
                  ) as "speakers"
                ) r6
              ) as "node"
            ) r5
          ) as l0 from (
            select q14.*, coalesce(q14.date_latest, q14.date_earliest, '-infinity'::date) as sort_0 from statement q14 where true order by coalesce(q14.date_latest, q14.date_earliest, '-infinity'::date) desc, q14.id desc limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [1,1,"DATE:DESC","DATE:DESC",10,2]
