-- people
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges", ('[' || coalesce(a2.l1, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0, string_agg(n3.l1::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l1 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", (
                select row_to_json(r6.*) from (
                  select t4.name as "name", coalesce(to_json(dg_global_id('Person', t4.slug)), '{"$error":0}'::json) as "id", coalesce(to_json((select count(*)::int from (
                    select distinct trim(o7.outlet) collate "C" as outlet from (
                      select cc8.source_id, cc8.credited_outlet, bool_or(cc8.credited_outlet is not null) over (partition by cc8.source_id) as credits from citation cc8 where cc8.person_id = t4.id
                    ) c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') when c9.credits then array[]::text[] else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o7(outlet)
                  ) o11)), '{"$error":1}'::json) as "corroboration", (
                    select row_to_json(z12.*) from (
                      select ('[' || coalesce(a13.l0, '') || ']')::json as "nodes", (
                        select row_to_json(r14.*) from (
                          select a13.cursors[array_length(a13.cursors, 1)] as "endCursor", a13.fetched > ? as "a1"
                        ) r14
                      ) as "pageInfo" from (
                        select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                          select row_number() over (order by t16.sort_0 desc, t16.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text)]::text[], t16.id) as cursor, (
                            select row_to_json(r17.*) from (
                              select coalesce(to_json(dg_global_id('Statement', t16.slug)), '{"$error":2}'::json) as "id", coalesce(to_json(array(select o18.outlet from (
                                select distinct trim(o19.outlet) collate "C" as outlet from (
                                  select cc20.source_id, cc20.credited_outlet, bool_or(cc20.credited_outlet is not null) over (partition by cc20.source_id) as credits from citation cc20 where cc20.statement_id = t16.id
                                ) c21 join source s22 on s22.id = c21.source_id cross join lateral unnest(case when c21.credited_outlet is not null then string_to_array(c21.credited_outlet, ',') when c21.credits then array[]::text[] else array[coalesce(s22.publisher, s22.author, '“' || s22.title || '”')] end) as o19(outlet)
                              ) o18 order by 1 limit 100)), '{"$error":3}'::json) as "a1", t16.channel as "channel", coalesce(to_json((select count(*)::int from (
                                select distinct trim(o23.outlet) collate "C" as outlet from (
                                  select cc24.source_id, cc24.credited_outlet, bool_or(cc24.credited_outlet is not null) over (partition by cc24.source_id) as credits from citation cc24 where cc24.statement_id = t16.id
                                ) c25 join source s26 on s26.id = c25.source_id cross join lateral unnest(case when c25.credited_outlet is not null then string_to_array(c25.credited_outlet, ',') when c25.credits then array[]::text[] else array[coalesce(s26.publisher, s26.author, '“' || s26.title || '”')] end) as o23(outlet)
                              ) o27)), '{"$error":4}'::json) as "corroboration"
                            ) r17
                          ) as l0 from (
                            select q28.*, coalesce(q28.date_latest, q28.date_earliest, '-infinity'::date) as sort_0 from statement q28 where exists (select 1 from statement_speaker sp29 where sp29.statement_id = q28.id and sp29.person_id = t4.id) order by coalesce(q28.date_latest, q28.date_earliest, '-infinity'::date) desc, q28.id desc limit ?
                          ) t16
                        ) n15
                      ) a13
                    ) z12
                  ) as "statements"
                ) r6
              ) as "node"
            ) r5
          ) as l0, (
            select row_to_json(r30.*) from (
              select t4.name as "name", (
                select (
                  select row_to_json(r31.*) from (
                    select c32.name as "name", (
                      select row_to_json(z33.*) from (
                        select (
                          select row_to_json(r34.*) from (
                            select a35.cursors[array_length(a35.cursors, 1)] as "endCursor", a35.cursors[1] as "startCursor", a35.fetched > ? as "hasNextPage"
                          ) r34
                        ) as "pageInfo", ('[' || coalesce(a35.l0, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n36.cursor order by n36.ord) filter (where n36.ord <= ?)) as cursors, string_agg(n36.l0::text, ',' order by n36.ord) filter (where n36.ord <= ?) as l0 from (
                            select row_number() over (order by t37.sort_0 desc, t37.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t37.sort_0::text)]::text[], t37.id) as cursor, (
                              select row_to_json(r38.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t37.sort_0::text)]::text[], t37.id) as "cursor"
                              ) r38
                            ) as l0 from (
                              select q39.*, coalesce(q39.date_latest, q39.date_earliest, '-infinity'::date) as sort_0 from statement q39 where exists (select 1 from (
                                select ss40.statement_id, ss40.organization_id from statement_speaker ss40 where ss40.organization_id is not null union select ss40.statement_id, sp41.organization_id from statement_speaker ss40 join person sp41 on sp41.id = ss40.person_id where sp41.organization_id is not null
                              ) so42 where so42.statement_id = q39.id and so42.organization_id = c32.id) order by coalesce(q39.date_latest, q39.date_earliest, '-infinity'::date) desc, q39.id desc limit ?
                            ) t37
                          ) n36
                        ) a35
                      ) z33
                    ) as "statements"
                  ) r31
                ) from organization c32 where c32.id = t4.organization_id limit 1
              ) as "organization"
            ) r30
          ) as l1 from (
            select q43.*, (lower(q43.name)) collate "C" as sort_0 from person q43 where q43.organization_id = (
              select s44.id from organization s44 where s44.slug = ?
            ) order by (lower(q43.name)) collate "C", q43.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [3,3,3,"NAME:ASC","NAME:ASC",2,2,2,"DATE:DESC",3,2,2,2,"DATE:DESC","DATE:DESC",3,"mgx",4]
