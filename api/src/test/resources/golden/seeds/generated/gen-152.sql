-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from (
            select cc3.source_id, cc3.credited_outlet, bool_or(cc3.credited_outlet is not null) over (partition by cc3.source_id) as credits from citation cc3 where cc3.person_id = t4.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o2(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(dg_global_id('Person', t4.slug)), '{"$error":1}'::json) as "id", t4.slug as "slug", t4.name as "name", (
          select row_to_json(z8.*) from (
            select ('[' || coalesce(a9.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors, string_agg(n10.l0::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l0 from (
                select row_number() over (order by t11.sort_0 desc, t11.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text)]::text[], t11.id) as cursor, (
                  select row_to_json(r12.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text)]::text[], t11.id) as "cursor", (
                      select row_to_json(r13.*) from (
                        select coalesce(to_json(dg_global_id('Statement', t11.slug)), '{"$error":2}'::json) as "id", coalesce(to_json((select count(*)::int from (
                          select distinct trim(o14.outlet) collate "C" as outlet from (
                            select cc15.source_id, cc15.credited_outlet, bool_or(cc15.credited_outlet is not null) over (partition by cc15.source_id) as credits from citation cc15 where cc15.statement_id = t11.id
                          ) c16 join source s17 on s17.id = c16.source_id cross join lateral unnest(case when c16.credited_outlet is not null then string_to_array(c16.credited_outlet, ',') when c16.credits then array[]::text[] else array[coalesce(s17.publisher, s17.author, '“' || s17.title || '”')] end) as o14(outlet)
                        ) o18)), '{"$error":3}'::json) as "corroboration", t11.slug as "slug", (
                          select (
                            select row_to_json(r19.*) from (
                              select c20.summary as "summary", coalesce(to_json(array(select o21.outlet from (
                                select distinct trim(o22.outlet) collate "C" as outlet from (
                                  select cc23.source_id, cc23.credited_outlet, bool_or(cc23.credited_outlet is not null) over (partition by cc23.source_id) as credits from citation cc23 where cc23.deal_id = c20.id
                                ) c24 join source s25 on s25.id = c24.source_id cross join lateral unnest(case when c24.credited_outlet is not null then string_to_array(c24.credited_outlet, ',') when c24.credits then array[]::text[] else array[coalesce(s25.publisher, s25.author, '“' || s25.title || '”')] end) as o22(outlet)
                              ) o21 order by 1 limit 100)), '{"$error":4}'::json) as "outlets"
                            ) r19
                          ) from deal c20 where c20.id = t11.deal_id limit 1
                        ) as "deal", (
                          select row_to_json(z26.*) from (
                            select ('[' || coalesce(a27.l0, '') || ']')::json as "nodes" from (
                              select count(*) as fetched, (array_agg(n28.cursor order by n28.ord) filter (where n28.ord <= ?)) as cursors, string_agg(n28.l0::text, ',' order by n28.ord) filter (where n28.ord <= ?) as l0 from (
                                select row_number() over (order by t29.sort_0, t29.sort_1, t29.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t29.sort_0::text), dg_cursor_value(t29.sort_1::text)]::text[], t29.id) as cursor, (
                                  select row_to_json(r30.*) from (
                                    select t29.excerpt as "excerpt", t29.start_offset as "startOffset", t29.end_offset as "endOffset"
                                  ) r30
                                ) as l0 from (
                                  select q31.*, q31.source_id as sort_0, q31.start_offset as sort_1 from citation q31 where q31.statement_id = t11.id order by q31.source_id, q31.start_offset, q31.id limit ?
                                ) t29
                              ) n28
                            ) a27
                          ) z26
                        ) as "citations"
                      ) r13
                    ) as "node"
                  ) r12
                ) as l0 from (
                  select q32.*, coalesce(q32.date_latest, q32.date_earliest, '-infinity'::date) as sort_0 from statement q32 where exists (select 1 from statement_speaker sp33 where sp33.statement_id = q32.id and sp33.person_id = t4.id) order by coalesce(q32.date_latest, q32.date_earliest, '-infinity'::date) desc, q32.id desc limit ?
                ) t11
              ) n10
            ) a9
          ) z8
        ) as "statements", (
          select (
            select row_to_json(r34.*) from (
              select c35.kind as "kind", coalesce(to_json(dg_global_id('Organization', c35.slug)), '{"$error":5}'::json) as "id", c35.name as "name", (
                select (
                  select row_to_json(r36.*) from (
                    select coalesce(to_json(dg_global_id('Organization', c37.slug)), '{"$error":6}'::json) as "id", coalesce(to_json(array(select a38.value from organization_alias a38 where a38.organization_id = c37.id and a38.kind = 'TICKER' order by a38.value limit 100)), '{"$error":7}'::json) as "tickers", c37.description as "a2", c37.slug as "slug"
                  ) r36
                ) from organization c37 where c37.id = c35.parent_id limit 1
              ) as "parent"
            ) r34
          ) from organization c35 where c35.id = t4.organization_id limit 1
        ) as "organization"
      ) r1
    ) from person t4 where t4.slug = ? limit 1
  )
)::text
-- values: [3,3,"DATE:DESC","DATE:DESC",3,3,"SOURCE_POSITION:ASC",4,4,"denise-dresser"]
-- events
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from event q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "edges", ('[' || coalesce(a3.l1, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0, string_agg(n4.l1::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l1 from (
          select row_number() over (order by t5.sort_0 desc, t5.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor"
            ) r6
          ) as l0, (
            select row_to_json(r7.*) from (
              select t5.title as "title", t5.kind as "kind", t5.slug as "slug"
            ) r7
          ) as l1 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, '-infinity'::date) as sort_0 from event q2 where true order by coalesce(q2.date_earliest, q2.date_latest, '-infinity'::date) desc, q2.id desc limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [1,1,1,"DATE:DESC","DATE:DESC",2]
