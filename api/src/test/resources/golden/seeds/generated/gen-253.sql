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
                      select distinct trim(o9.outlet) collate "C" as outlet from citation c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o9(outlet) where c10.deal_id = c7.id
                    ) o8 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", coalesce(to_json((select count(*)::int from (
                      select distinct trim(o12.outlet) collate "C" as outlet from citation c13 join source s14 on s14.id = c13.source_id cross join lateral unnest(case when c13.credited_outlet is not null then string_to_array(c13.credited_outlet, ',') else array[coalesce(s14.publisher, s14.author, '“' || s14.title || '”')] end) as o12(outlet) where c13.deal_id = c7.id
                    ) o15)), '{"$error":1}'::json) as "corroboration", (
                      select row_to_json(z16.*) from (
                        select ('[' || coalesce(a17.l0, '') || ']')::json as "nodes", ('[' || coalesce(a17.l1, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n18.cursor order by n18.ord) filter (where n18.ord <= ?)) as cursors, string_agg(n18.l0::text, ',' order by n18.ord) filter (where n18.ord <= ?) as l0, string_agg(n18.l1::text, ',' order by n18.ord) filter (where n18.ord <= ?) as l1 from (
                            select row_number() over (order by t19.sort_0 desc, t19.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t19.sort_0::text)]::text[], t19.id) as cursor, (
                              select row_to_json(r20.*) from (
                                select t19.quote as "quote", coalesce(to_json((select count(*)::int from (
                                  select distinct trim(o21.outlet) collate "C" as outlet from citation c22 join source s23 on s23.id = c22.source_id cross join lateral unnest(case when c22.credited_outlet is not null then string_to_array(c22.credited_outlet, ',') else array[coalesce(s23.publisher, s23.author, '“' || s23.title || '”')] end) as o21(outlet) where c22.statement_id = t19.id
                                ) o24)), '{"$error":2}'::json) as "corroboration", coalesce(to_json(dg_global_id('Statement', t19.slug)), '{"$error":3}'::json) as "id", coalesce(to_json(array(select o25.outlet from (
                                  select distinct trim(o26.outlet) collate "C" as outlet from citation c27 join source s28 on s28.id = c27.source_id cross join lateral unnest(case when c27.credited_outlet is not null then string_to_array(c27.credited_outlet, ',') else array[coalesce(s28.publisher, s28.author, '“' || s28.title || '”')] end) as o26(outlet) where c27.statement_id = t19.id
                                ) o25 order by 1 limit 100)), '{"$error":4}'::json) as "outlets"
                              ) r20
                            ) as l0, (
                              select row_to_json(r29.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t19.sort_0::text)]::text[], t19.id) as "cursor"
                              ) r29
                            ) as l1 from (
                              select q30.*, coalesce(q30.date_latest, q30.date_earliest, '-infinity'::date) as sort_0 from statement q30 where (q30.deal_id = c7.id) and ((coalesce(q30.date_latest, q30.date_earliest, '-infinity'::date), q30.id) < (cast(? as date), ?)) order by coalesce(q30.date_latest, q30.date_earliest, '-infinity'::date) desc, q30.id desc limit ?
                            ) t19
                          ) n18
                        ) a17
                      ) z16
                    ) as "statements"
                  ) r6
                ) from deal c7 where c7.id = t4.deal_id limit 1
              ) as "deal"
            ) r5
          ) as l0, (
            select row_to_json(r31.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", (
                select row_to_json(r32.*) from (
                  select coalesce(to_json(array(select o33.outlet from (
                    select distinct trim(o34.outlet) collate "C" as outlet from citation c35 join source s36 on s36.id = c35.source_id cross join lateral unnest(case when c35.credited_outlet is not null then string_to_array(c35.credited_outlet, ',') else array[coalesce(s36.publisher, s36.author, '“' || s36.title || '”')] end) as o34(outlet) where c35.event_id = t4.id
                  ) o33 order by 1 limit 100)), '{"$error":5}'::json) as "outlets", (
                    select row_to_json(z37.*) from (
                      select (
                        select count(*) from citation q38 where q38.event_id = t4.id
                      ) as "totalCount", (
                        select row_to_json(r39.*) from (
                          select a40.cursors[1] as "a0", exists (
                            select 1 from citation q38 where (q38.event_id = t4.id) and (not (q38.source_id, q38.start_offset, q38.id) > (cast(? as bigint), cast(? as integer), ?))
                          ) as "hasPreviousPage"
                        ) r39
                      ) as "pageInfo" from (
                        select count(*) as fetched, (array_agg(n41.cursor order by n41.ord) filter (where n41.ord <= ?)) as cursors from (
                          select row_number() over (order by t42.sort_0, t42.sort_1, t42.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t42.sort_0::text), dg_cursor_value(t42.sort_1::text)]::text[], t42.id) as cursor from (
                            select q38.*, q38.source_id as sort_0, q38.start_offset as sort_1 from citation q38 where (q38.event_id = t4.id) and ((q38.source_id, q38.start_offset, q38.id) > (cast(? as bigint), cast(? as integer), ?)) order by q38.source_id, q38.start_offset, q38.id limit ?
                          ) t42
                        ) n41
                      ) a40
                    ) z37
                  ) as "citations"
                ) r32
              ) as "node"
            ) r31
          ) as l1 from (
            select q43.*, coalesce(q43.date_earliest, q43.date_latest, 'infinity'::date) as sort_0 from event q43 where true order by coalesce(q43.date_earliest, q43.date_latest, 'infinity'::date), q43.id limit ?
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
                                select distinct trim(o16.outlet) collate "C" as outlet from citation c17 join source s18 on s18.id = c17.source_id cross join lateral unnest(case when c17.credited_outlet is not null then string_to_array(c17.credited_outlet, ',') else array[coalesce(s18.publisher, s18.author, '“' || s18.title || '”')] end) as o16(outlet) where c17.event_id = t14.id
                              ) o19)), '{"$error":1}'::json) as "corroboration"
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
