-- events
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes", ('[' || coalesce(a2.l1, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0, string_agg(n3.l1::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l1 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.kind as "kind", (
                select (
                  select row_to_json(r6.*) from (
                    select c7.slug as "slug", c7.status as "status", coalesce(to_json(array(select o8.outlet from (
                      select distinct trim(o9.outlet) collate "C" as outlet from (
                        select cc10.source_id, cc10.credited_outlet, bool_or(cc10.credited_outlet is not null) over (partition by cc10.source_id) as credits from citation cc10 where cc10.deal_id = c7.id
                      ) c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') when c11.credits then array[]::text[] else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o9(outlet)
                    ) o8 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", coalesce(to_json((select count(*)::int from (
                      select distinct trim(o13.outlet) collate "C" as outlet from (
                        select cc14.source_id, cc14.credited_outlet, bool_or(cc14.credited_outlet is not null) over (partition by cc14.source_id) as credits from citation cc14 where cc14.deal_id = c7.id
                      ) c15 join source s16 on s16.id = c15.source_id cross join lateral unnest(case when c15.credited_outlet is not null then string_to_array(c15.credited_outlet, ',') when c15.credits then array[]::text[] else array[coalesce(s16.publisher, s16.author, '“' || s16.title || '”')] end) as o13(outlet)
                    ) o17)), '{"$error":1}'::json) as "corroboration", (
                      select row_to_json(z18.*) from (
                        select ('[' || coalesce(a19.l0, '') || ']')::json as "nodes", ('[' || coalesce(a19.l1, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n20.cursor order by n20.ord) filter (where n20.ord <= ?)) as cursors, string_agg(n20.l0::text, ',' order by n20.ord) filter (where n20.ord <= ?) as l0, string_agg(n20.l1::text, ',' order by n20.ord) filter (where n20.ord <= ?) as l1 from (
                            select row_number() over (order by t21.sort_0 desc, t21.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t21.sort_0::text)]::text[], t21.id) as cursor, (
                              select row_to_json(r22.*) from (
                                select t21.quote as "quote", coalesce(to_json((select count(*)::int from (
                                  select distinct trim(o23.outlet) collate "C" as outlet from (
                                    select cc24.source_id, cc24.credited_outlet, bool_or(cc24.credited_outlet is not null) over (partition by cc24.source_id) as credits from citation cc24 where cc24.statement_id = t21.id
                                  ) c25 join source s26 on s26.id = c25.source_id cross join lateral unnest(case when c25.credited_outlet is not null then string_to_array(c25.credited_outlet, ',') when c25.credits then array[]::text[] else array[coalesce(s26.publisher, s26.author, '“' || s26.title || '”')] end) as o23(outlet)
                                ) o27)), '{"$error":2}'::json) as "corroboration", coalesce(to_json(dg_global_id('Statement', t21.slug)), '{"$error":3}'::json) as "id", coalesce(to_json(array(select o28.outlet from (
                                  select distinct trim(o29.outlet) collate "C" as outlet from (
                                    select cc30.source_id, cc30.credited_outlet, bool_or(cc30.credited_outlet is not null) over (partition by cc30.source_id) as credits from citation cc30 where cc30.statement_id = t21.id
                                  ) c31 join source s32 on s32.id = c31.source_id cross join lateral unnest(case when c31.credited_outlet is not null then string_to_array(c31.credited_outlet, ',') when c31.credits then array[]::text[] else array[coalesce(s32.publisher, s32.author, '“' || s32.title || '”')] end) as o29(outlet)
                                ) o28 order by 1 limit 100)), '{"$error":4}'::json) as "outlets"
                              ) r22
                            ) as l0, (
                              select row_to_json(r33.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t21.sort_0::text)]::text[], t21.id) as "cursor"
                              ) r33
                            ) as l1 from (
                              select q34.*, coalesce(q34.date_latest, q34.date_earliest, '-infinity'::date) as sort_0 from statement q34 where (q34.deal_id = c7.id) and ((coalesce(q34.date_latest, q34.date_earliest, '-infinity'::date), q34.id) < (cast(? as date), ?)) order by coalesce(q34.date_latest, q34.date_earliest, '-infinity'::date) desc, q34.id desc limit ?
                            ) t21
                          ) n20
                        ) a19
                      ) z18
                    ) as "statements"
                  ) r6
                ) from deal c7 where c7.id = t4.deal_id limit 1
              ) as "deal"
            ) r5
          ) as l0, (
            select row_to_json(r35.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", (
                select row_to_json(r36.*) from (
                  select coalesce(to_json(array(select o37.outlet from (
                    select distinct trim(o38.outlet) collate "C" as outlet from (
                      select cc39.source_id, cc39.credited_outlet, bool_or(cc39.credited_outlet is not null) over (partition by cc39.source_id) as credits from citation cc39 where cc39.event_id = t4.id
                    ) c40 join source s41 on s41.id = c40.source_id cross join lateral unnest(case when c40.credited_outlet is not null then string_to_array(c40.credited_outlet, ',') when c40.credits then array[]::text[] else array[coalesce(s41.publisher, s41.author, '“' || s41.title || '”')] end) as o38(outlet)
                  ) o37 order by 1 limit 100)), '{"$error":5}'::json) as "outlets", (
                    select row_to_json(z42.*) from (
                      select (
                        select count(*) from citation q43 where q43.event_id = t4.id
                      ) as "totalCount", (
                        select row_to_json(r44.*) from (
                          select a45.cursors[1] as "a0", exists (
                            select 1 from citation q43 where (q43.event_id = t4.id) and (not (q43.source_id, q43.start_offset, q43.id) > (cast(? as bigint), cast(? as integer), ?))
                          ) as "hasPreviousPage"
                        ) r44
                      ) as "pageInfo" from (
                        select count(*) as fetched, (array_agg(n46.cursor order by n46.ord) filter (where n46.ord <= ?)) as cursors from (
                          select row_number() over (order by t47.sort_0, t47.sort_1, t47.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t47.sort_0::text), dg_cursor_value(t47.sort_1::text)]::text[], t47.id) as cursor from (
                            select q43.*, q43.source_id as sort_0, q43.start_offset as sort_1 from citation q43 where (q43.event_id = t4.id) and ((q43.source_id, q43.start_offset, q43.id) > (cast(? as bigint), cast(? as integer), ?)) order by q43.source_id, q43.start_offset, q43.id limit ?
                          ) t47
                        ) n46
                      ) a45
                    ) z42
                  ) as "citations"
                ) r36
              ) as "node"
            ) r35
          ) as l1 from (
            select q48.*, coalesce(q48.date_earliest, q48.date_latest, 'infinity'::date) as sort_0 from event q48 where true order by coalesce(q48.date_earliest, q48.date_latest, 'infinity'::date), q48.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [8,8,8,"DATE:ASC",2,2,2,"DATE:DESC","DATE:DESC","2026-04-13",3,3,"DATE:ASC","5","2807",84,3,"SOURCE_POSITION:ASC","5","2807",84,4,9]
-- organizations
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from organization q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor", (
                select row_to_json(r7.*) from (
                  select t5.description as "description", coalesce(to_json(array(select a8.value from organization_alias a8 where a8.organization_id = t5.id and a8.kind = 'TICKER' order by a8.value limit 100)), '{"$error":0}'::json) as "tickers", (
                    select row_to_json(z9.*) from (
                      select (
                        select count(*) from event q10 where exists (select 1 from event_organization eo11 where eo11.event_id = q10.id and eo11.organization_id = t5.id)
                      ) as "totalCount", ('[' || coalesce(a12.l0, '') || ']')::json as "nodes" from (
                        select count(*) as fetched, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors, string_agg(n13.l0::text, ',' order by n13.ord) filter (where n13.ord <= ?) as l0 from (
                          select row_number() over (order by t14.sort_0, t14.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as cursor, (
                            select row_to_json(r15.*) from (
                              select t14.kind as "kind", t14.title as "title", t14.slug as "a2", coalesce(to_json((select count(*)::int from (
                                select distinct trim(o16.outlet) collate "C" as outlet from (
                                  select cc17.source_id, cc17.credited_outlet, bool_or(cc17.credited_outlet is not null) over (partition by cc17.source_id) as credits from citation cc17 where cc17.event_id = t14.id
                                ) c18 join source s19 on s19.id = c18.source_id cross join lateral unnest(case when c18.credited_outlet is not null then string_to_array(c18.credited_outlet, ',') when c18.credits then array[]::text[] else array[coalesce(s19.publisher, s19.author, '“' || s19.title || '”')] end) as o16(outlet)
                              ) o20)), '{"$error":1}'::json) as "corroboration"
                            ) r15
                          ) as l0 from (
                            select q10.*, coalesce(q10.date_earliest, q10.date_latest, 'infinity'::date) as sort_0 from event q10 where exists (select 1 from event_organization eo11 where eo11.event_id = q10.id and eo11.organization_id = t5.id) order by coalesce(q10.date_earliest, q10.date_latest, 'infinity'::date), q10.id limit ?
                          ) t14
                        ) n13
                      ) a12
                    ) z9
                  ) as "events"
                ) r7
              ) as "node"
            ) r6
          ) as l0 from (
            select q2.*, (lower(q2.name)) collate "C" as sort_0 from organization q2 where (true) and (((lower(q2.name)) collate "C", q2.id) > (cast(? as text) collate "C", ?)) order by (lower(q2.name)) collate "C", q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [20,20,"NAME:ASC","NAME:ASC",2,2,"DATE:ASC",3,"softbank",6,21]
