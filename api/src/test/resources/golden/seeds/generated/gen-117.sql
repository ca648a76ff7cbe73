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
                    select distinct trim(o7.outlet) collate "C" as outlet from citation c8 join source s9 on s9.id = c8.source_id cross join lateral unnest(case when c8.credited_outlet is not null then string_to_array(c8.credited_outlet, ',') else array[coalesce(s9.publisher, s9.author, '“' || s9.title || '”')] end) as o7(outlet) where c8.person_id = t4.id
                  ) o10)), '{"$error":1}'::json) as "corroboration", (
                    select row_to_json(z11.*) from (
                      select ('[' || coalesce(a12.l0, '') || ']')::json as "nodes", (
                        select row_to_json(r13.*) from (
                          select a12.cursors[array_length(a12.cursors, 1)] as "endCursor", a12.fetched > ? as "a1"
                        ) r13
                      ) as "pageInfo" from (
                        select count(*) as fetched, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors, string_agg(n14.l0::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l0 from (
                          select row_number() over (order by t15.sort_0 desc, t15.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text)]::text[], t15.id) as cursor, (
                            select row_to_json(r16.*) from (
                              select coalesce(to_json(dg_global_id('Statement', t15.slug)), '{"$error":2}'::json) as "id", coalesce(to_json(array(select o17.outlet from (
                                select distinct trim(o18.outlet) collate "C" as outlet from citation c19 join source s20 on s20.id = c19.source_id cross join lateral unnest(case when c19.credited_outlet is not null then string_to_array(c19.credited_outlet, ',') else array[coalesce(s20.publisher, s20.author, '“' || s20.title || '”')] end) as o18(outlet) where c19.statement_id = t15.id
                              ) o17 order by 1 limit 100)), '{"$error":3}'::json) as "a1", t15.channel as "channel", coalesce(to_json((select count(*)::int from (
                                select distinct trim(o21.outlet) collate "C" as outlet from citation c22 join source s23 on s23.id = c22.source_id cross join lateral unnest(case when c22.credited_outlet is not null then string_to_array(c22.credited_outlet, ',') else array[coalesce(s23.publisher, s23.author, '“' || s23.title || '”')] end) as o21(outlet) where c22.statement_id = t15.id
                              ) o24)), '{"$error":4}'::json) as "corroboration"
                            ) r16
                          ) as l0 from (
                            select q25.*, coalesce(q25.date_latest, q25.date_earliest, '-infinity'::date) as sort_0 from statement q25 where exists (select 1 from statement_speaker sp26 where sp26.statement_id = q25.id and sp26.person_id = t4.id) order by coalesce(q25.date_latest, q25.date_earliest, '-infinity'::date) desc, q25.id desc limit ?
                          ) t15
                        ) n14
                      ) a12
                    ) z11
                  ) as "statements"
                ) r6
              ) as "node"
            ) r5
          ) as l0, (
            select row_to_json(r27.*) from (
              select t4.name as "name", (
                select (
                  select row_to_json(r28.*) from (
                    select c29.name as "name", (
                      select row_to_json(z30.*) from (
                        select (
                          select row_to_json(r31.*) from (
                            select a32.cursors[array_length(a32.cursors, 1)] as "endCursor", a32.cursors[1] as "startCursor", a32.fetched > ? as "hasNextPage"
                          ) r31
                        ) as "pageInfo", ('[' || coalesce(a32.l0, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n33.cursor order by n33.ord) filter (where n33.ord <= ?)) as cursors, string_agg(n33.l0::text, ',' order by n33.ord) filter (where n33.ord <= ?) as l0 from (
                            select row_number() over (order by t34.sort_0 desc, t34.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t34.sort_0::text)]::text[], t34.id) as cursor, (
                              select row_to_json(r35.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t34.sort_0::text)]::text[], t34.id) as "cursor"
                              ) r35
                            ) as l0 from (
                              select q36.*, coalesce(q36.date_latest, q36.date_earliest, '-infinity'::date) as sort_0 from statement q36 where exists (select 1 from (
                                select ss37.statement_id, ss37.organization_id from statement_speaker ss37 where ss37.organization_id is not null union select ss37.statement_id, sp38.organization_id from statement_speaker ss37 join person sp38 on sp38.id = ss37.person_id where sp38.organization_id is not null
                              ) so39 where so39.statement_id = q36.id and so39.organization_id = c29.id) order by coalesce(q36.date_latest, q36.date_earliest, '-infinity'::date) desc, q36.id desc limit ?
                            ) t34
                          ) n33
                        ) a32
                      ) z30
                    ) as "statements"
                  ) r28
                ) from organization c29 where c29.id = t4.organization_id limit 1
              ) as "organization"
            ) r27
          ) as l1 from (
            select q40.*, (lower(q40.name)) collate "C" as sort_0 from person q40 where q40.organization_id = (
              select s41.id from organization s41 where s41.slug = ?
            ) order by (lower(q40.name)) collate "C", q40.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [3,3,3,"NAME:ASC","NAME:ASC",2,2,2,"DATE:DESC",3,2,2,2,"DATE:DESC","DATE:DESC",3,"mgx",4]
