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
                select distinct trim(o10.outlet) collate "C" as outlet from citation c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o10(outlet) where c11.person_id = t5.id
              ) o9 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", t5.role as "role", (
                select row_to_json(z13.*) from (
                  select (
                    select count(*) from statement q14 where exists (select 1 from statement_speaker sp15 where sp15.statement_id = q14.id and sp15.person_id = t5.id)
                  ) as "totalCount", ('[' || coalesce(a16.l0, '') || ']')::json as "edges" from (
                    select count(*) as fetched, (array_agg(n17.cursor order by n17.ord) filter (where n17.ord <= ?)) as cursors, string_agg(n17.l0::text, ',' order by n17.ord) filter (where n17.ord <= ?) as l0 from (
                      select row_number() over (order by t18.sort_0 desc, t18.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t18.sort_0::text)]::text[], t18.id) as cursor, (
                        select row_to_json(r19.*) from (
                          select dg_cursor(cast(? as text), array[dg_cursor_value(t18.sort_0::text)]::text[], t18.id) as "cursor"
                        ) r19
                      ) as l0 from (
                        select q14.*, coalesce(q14.date_latest, q14.date_earliest, '-infinity'::date) as sort_0 from statement q14 where exists (select 1 from statement_speaker sp15 where sp15.statement_id = q14.id and sp15.person_id = t5.id) order by coalesce(q14.date_latest, q14.date_earliest, '-infinity'::date) desc, q14.id desc limit ?
                      ) t18
                    ) n17
                  ) a16
                ) z13
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
