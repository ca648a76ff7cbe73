-- people
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from person q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "edges", ('[' || coalesce(a3.l1, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0, string_agg(n4.l1::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l1 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor", (
                select row_to_json(r7.*) from (
                  select t5.role as "role", coalesce(to_json(dg_global_id('Person', t5.slug)), '{"$error":0}'::json) as "id", t5.name as "name"
                ) r7
              ) as "node"
            ) r6
          ) as l0, (
            select row_to_json(r8.*) from (
              select coalesce(to_json(dg_global_id('Person', t5.slug)), '{"$error":1}'::json) as "id", coalesce(to_json(array(select o9.outlet from (
                select distinct trim(o10.outlet) collate "C" as outlet from (
                  select cc11.source_id, cc11.credited_outlet, bool_or(cc11.credited_outlet is not null) over (partition by cc11.source_id) as credits from citation cc11 where cc11.person_id = t5.id
                ) c12 join source s13 on s13.id = c12.source_id cross join lateral unnest(case when c12.credited_outlet is not null then string_to_array(c12.credited_outlet, ',') when c12.credits then array[]::text[] else array[coalesce(s13.publisher, s13.author, '“' || s13.title || '”')] end) as o10(outlet)
              ) o9 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", t5.role as "role", (
                select row_to_json(z14.*) from (
                  select (
                    select count(*) from statement q15 where exists (select 1 from statement_speaker sp16 where sp16.statement_id = q15.id and sp16.person_id = t5.id)
                  ) as "totalCount", ('[' || coalesce(a17.l0, '') || ']')::json as "edges" from (
                    select count(*) as fetched, (array_agg(n18.cursor order by n18.ord) filter (where n18.ord <= ?)) as cursors, string_agg(n18.l0::text, ',' order by n18.ord) filter (where n18.ord <= ?) as l0 from (
                      select row_number() over (order by t19.sort_0 desc, t19.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t19.sort_0::text)]::text[], t19.id) as cursor, (
                        select row_to_json(r20.*) from (
                          select dg_cursor(cast(? as text), array[dg_cursor_value(t19.sort_0::text)]::text[], t19.id) as "cursor"
                        ) r20
                      ) as l0 from (
                        select q15.*, coalesce(q15.date_latest, q15.date_earliest, '-infinity'::date) as sort_0 from statement q15 where exists (select 1 from statement_speaker sp16 where sp16.statement_id = q15.id and sp16.person_id = t5.id) order by coalesce(q15.date_latest, q15.date_earliest, '-infinity'::date) desc, q15.id desc limit ?
                      ) t19
                    ) n18
                  ) a17
                ) z14
              ) as "statements"
            ) r8
          ) as l1 from (
            select q2.*, (lower(q2.name)) collate "C" as sort_0 from person q2 where true order by (lower(q2.name)) collate "C", q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [2,2,2,"NAME:ASC","NAME:ASC",2,2,"DATE:DESC","DATE:DESC",3,3]
