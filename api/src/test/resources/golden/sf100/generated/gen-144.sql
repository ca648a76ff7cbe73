-- statements
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from statement q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "edges", ('[' || coalesce(a3.l1, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0, string_agg(n4.l1::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l1 from (
          select row_number() over (order by t5.sort_0 desc, t5.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor", (
                select row_to_json(r7.*) from (
                  select coalesce(to_json((select count(*)::int from (
                    select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.statement_id = t5.id
                  ) o11)), '{"$error":0}'::json) as "corroboration", t5.slug as "slug", coalesce(to_json(dg_global_id('Statement', t5.slug)), '{"$error":1}'::json) as "id", t5.quote as "quote", (
                    select ('[' || coalesce(string_agg((
                      select row_to_json(r12.*) from (
                        select (
                          select (
                            select row_to_json(r13.*) from (
                              select c14.kind as "kind", c14.description as "description", c14.name as "name", coalesce(to_json(dg_global_id('Organization', c14.slug)), '{"$error":2}'::json) as "a3", (
                                select row_to_json(z15.*) from (
                                  select (
                                    select count(*) from statement q16 where exists (select 1 from (
                                      select ss17.statement_id, ss17.organization_id from statement_speaker ss17 where ss17.organization_id is not null union select ss17.statement_id, sp18.organization_id from statement_speaker ss17 join person sp18 on sp18.id = ss17.person_id where sp18.organization_id is not null
                                    ) so19 where so19.statement_id = q16.id and so19.organization_id = c14.id)
                                  ) as "totalCount" from (
                                    select count(*) as fetched, (array_agg(n20.cursor order by n20.ord) filter (where n20.ord <= ?)) as cursors from (
                                      select row_number() over (order by t21.sort_0 desc, t21.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t21.sort_0::text)]::text[], t21.id) as cursor from (
                                        select q16.*, coalesce(q16.date_latest, q16.date_earliest, '-infinity'::date) as sort_0 from statement q16 where exists (select 1 from (
                                          select ss17.statement_id, ss17.organization_id from statement_speaker ss17 where ss17.organization_id is not null union select ss17.statement_id, sp18.organization_id from statement_speaker ss17 join person sp18 on sp18.id = ss17.person_id where sp18.organization_id is not null
                                        ) so19 where so19.statement_id = q16.id and so19.organization_id = c14.id) order by coalesce(q16.date_latest, q16.date_earliest, '-infinity'::date) desc, q16.id desc limit ?
                                      ) t21
                                    ) n20
                                  ) a22
                                ) z15
                              ) as "statements", (
                                select row_to_json(z23.*) from (
                                  select (
                                    select count(*) from citation q24 where q24.organization_id = c14.id
                                  ) as "totalCount" from (
                                    select count(*) as fetched, (array_agg(n25.cursor order by n25.ord) filter (where n25.ord <= ?)) as cursors from (
                                      select row_number() over (order by t26.sort_0, t26.sort_1, t26.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t26.sort_0::text), dg_cursor_value(t26.sort_1::text)]::text[], t26.id) as cursor from (
                                        select q24.*, q24.source_id as sort_0, q24.start_offset as sort_1 from citation q24 where q24.organization_id = c14.id order by q24.source_id, q24.start_offset, q24.id limit ?
                                      ) t26
                                    ) n25
                                  ) a27
                                ) z23
                              ) as "citations"
                            ) r13
                          ) from organization c14 where c14.id = c28.organization_id limit 1
                        ) as "organization", (
                          select (
                            select row_to_json(r29.*) from (
                              select coalesce(to_json(dg_global_id('Person', c30.slug)), '{"$error":3}'::json) as "id", coalesce(to_json(array(select o31.outlet from (
                                select distinct trim(o32.outlet) collate "C" as outlet from citation c33 join source s34 on s34.id = c33.source_id cross join lateral unnest(case when c33.credited_outlet is not null then string_to_array(c33.credited_outlet, ',') else array[coalesce(s34.publisher, s34.author, '“' || s34.title || '”')] end) as o32(outlet) where c33.person_id = c30.id
                              ) o31 order by 1 limit 100)), '{"$error":4}'::json) as "outlets"
                            ) r29
                          ) from person c30 where c30.id = c28.person_id limit 1
                        ) as "person"
                      ) r12
                    )::text, ',' order by c28.id), '') || ']')::json from (
                      select c28.* from statement_speaker c28 where c28.statement_id = t5.id order by c28.id limit ?
                    ) c28 where true
                  ) as "speakers", (case when t5.date_precision is null then null else (
                    select row_to_json(r35.*) from (
                      select coalesce(to_json(t5.date_precision), '{"$error":5}'::json) as "precision", t5.date_latest as "latest"
                    ) r35
                  ) end) as "date"
                ) r7
              ) as "node"
            ) r6
          ) as l0, (
            select row_to_json(r36.*) from (
              select coalesce(to_json(dg_global_id('Statement', t5.slug)), '{"$error":6}'::json) as "id", (
                select row_to_json(z37.*) from (
                  select ('[' || coalesce(a38.l0, '') || ']')::json as "edges" from (
                    select count(*) as fetched, (array_agg(n39.cursor order by n39.ord) filter (where n39.ord <= ?)) as cursors, string_agg(n39.l0::text, ',' order by n39.ord) filter (where n39.ord <= ?) as l0 from (
                      select row_number() over (order by t40.sort_0, t40.sort_1, t40.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t40.sort_0::text), dg_cursor_value(t40.sort_1::text)]::text[], t40.id) as cursor, (
                        select row_to_json(r41.*) from (
                          select dg_cursor(cast(? as text), array[dg_cursor_value(t40.sort_0::text), dg_cursor_value(t40.sort_1::text)]::text[], t40.id) as "cursor", (
                            select row_to_json(r42.*) from (
                              select t40.credited_outlet as "creditedOutlet"
                            ) r42
                          ) as "node"
                        ) r41
                      ) as l0 from (
                        select q43.*, q43.source_id as sort_0, q43.start_offset as sort_1 from citation q43 where q43.statement_id = t5.id order by q43.source_id, q43.start_offset, q43.id limit ?
                      ) t40
                    ) n39
                  ) a38
                ) z37
              ) as "citations"
            ) r36
          ) as l1 from (
            select q2.*, coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) as sort_0 from statement q2 where (true) and ((coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date), q2.id) < (cast(? as date), ?)) order by coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) desc, q2.id desc limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [2,2,2,"DATE:DESC","DATE:DESC",1,"DATE:DESC",2,2,"SOURCE_POSITION:ASC",3,10,3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,"2026-01-30",10001486,3]
