-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.person_id = t5.id
        ) o6)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(dg_global_id('Person', t5.slug)), '{"$error":1}'::json) as "id", t5.slug as "slug", t5.name as "name", (
          select row_to_json(z7.*) from (
            select ('[' || coalesce(a8.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors, string_agg(n9.l0::text, ',' order by n9.ord) filter (where n9.ord <= ?) as l0 from (
                select row_number() over (order by t10.sort_0 desc, t10.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text)]::text[], t10.id) as cursor, (
                  select row_to_json(r11.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text)]::text[], t10.id) as "cursor", (
                      select row_to_json(r12.*) from (
                        select coalesce(to_json(dg_global_id('Statement', t10.slug)), '{"$error":2}'::json) as "id", coalesce(to_json((select count(*)::int from (
                          select distinct trim(o13.outlet) collate "C" as outlet from citation c14 join source s15 on s15.id = c14.source_id cross join lateral unnest(case when c14.credited_outlet is not null then string_to_array(c14.credited_outlet, ',') else array[coalesce(s15.publisher, s15.author, '“' || s15.title || '”')] end) as o13(outlet) where c14.statement_id = t10.id
                        ) o16)), '{"$error":3}'::json) as "corroboration", t10.slug as "slug", (
                          select (
                            select row_to_json(r17.*) from (
                              select c18.summary as "summary", coalesce(to_json(array(select o19.outlet from (
                                select distinct trim(o20.outlet) collate "C" as outlet from citation c21 join source s22 on s22.id = c21.source_id cross join lateral unnest(case when c21.credited_outlet is not null then string_to_array(c21.credited_outlet, ',') else array[coalesce(s22.publisher, s22.author, '“' || s22.title || '”')] end) as o20(outlet) where c21.deal_id = c18.id
                              ) o19 order by 1 limit 100)), '{"$error":4}'::json) as "outlets"
                            ) r17
                          ) from deal c18 where c18.id = t10.deal_id limit 1
                        ) as "deal", (
                          select row_to_json(z23.*) from (
                            select ('[' || coalesce(a24.l0, '') || ']')::json as "nodes" from (
                              select count(*) as fetched, (array_agg(n25.cursor order by n25.ord) filter (where n25.ord <= ?)) as cursors, string_agg(n25.l0::text, ',' order by n25.ord) filter (where n25.ord <= ?) as l0 from (
                                select row_number() over (order by t26.sort_0, t26.sort_1, t26.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t26.sort_0::text), dg_cursor_value(t26.sort_1::text)]::text[], t26.id) as cursor, (
                                  select row_to_json(r27.*) from (
                                    select t26.excerpt as "excerpt", t26.start_offset as "startOffset", t26.end_offset as "endOffset"
                                  ) r27
                                ) as l0 from (
                                  select q28.*, q28.source_id as sort_0, q28.start_offset as sort_1 from citation q28 where q28.statement_id = t10.id order by q28.source_id, q28.start_offset, q28.id limit ?
                                ) t26
                              ) n25
                            ) a24
                          ) z23
                        ) as "citations"
                      ) r12
                    ) as "node"
                  ) r11
                ) as l0 from (
                  select q29.*, coalesce(q29.date_latest, q29.date_earliest, '-infinity'::date) as sort_0 from statement q29 where exists (select 1 from statement_speaker sp30 where sp30.statement_id = q29.id and sp30.person_id = t5.id) order by coalesce(q29.date_latest, q29.date_earliest, '-infinity'::date) desc, q29.id desc limit ?
                ) t10
              ) n9
            ) a8
          ) z7
        ) as "statements", (
          select (
            select row_to_json(r31.*) from (
              select c32.kind as "kind", coalesce(to_json(dg_global_id('Organization', c32.slug)), '{"$error":5}'::json) as "id", c32.name as "name", (
                select (
                  select row_to_json(r33.*) from (
                    select coalesce(to_json(dg_global_id('Organization', c34.slug)), '{"$error":6}'::json) as "id", coalesce(to_json(array(select a35.value from organization_alias a35 where a35.organization_id = c34.id and a35.kind = 'TICKER' order by a35.value limit 100)), '{"$error":7}'::json) as "tickers", c34.description as "a2", c34.slug as "slug"
                  ) r33
                ) from organization c34 where c34.id = c32.parent_id limit 1
              ) as "parent"
            ) r31
          ) from organization c32 where c32.id = t5.organization_id limit 1
        ) as "organization"
      ) r1
    ) from person t5 where t5.slug = ? limit 1
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
