-- nodes
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Deal'::text as "__typename"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["amazon-openai-custom-models"]
-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.description as "description", coalesce(to_json(array(select a3.value from organization_alias a3 where a3.organization_id = t2.id and a3.kind = 'ALIAS' order by a3.value limit 100)), '{"$error":0}'::json) as "aliases", coalesce(to_json(array(select a4.value from organization_alias a4 where a4.organization_id = t2.id and a4.kind = 'TICKER' order by a4.value limit 100)), '{"$error":1}'::json) as "tickers", t2.name as "name", (
          select row_to_json(z5.*) from (
            select (
              select row_to_json(r6.*) from (
                select a7.cursors[1] as "startCursor"
              ) r6
            ) as "pageInfo", ('[' || coalesce(a7.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
                select row_number() over (order by t9.sort_0, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor, (
                  select row_to_json(r10.*) from (
                    select coalesce(to_json(dg_global_id('Person', t9.slug)), '{"$error":2}'::json) as "id", t9.role as "role", (
                      select row_to_json(z11.*) from (
                        select (
                          select count(*) from statement q12 where exists (select 1 from statement_speaker sp13 where sp13.statement_id = q12.id and sp13.person_id = t9.id)
                        ) as "totalCount", ('[' || coalesce(a14.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                            select row_number() over (order by t16.sort_0 desc, t16.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text)]::text[], t16.id) as cursor, (
                              select row_to_json(r17.*) from (
                                select t16.slug as "a0", t16.quote as "quote", coalesce(to_json((select count(*)::int from (
                                  select distinct trim(o18.outlet) collate "C" as outlet from (
                                    select cc19.source_id, cc19.credited_outlet, bool_or(cc19.credited_outlet is not null) over (partition by cc19.source_id) as credits from citation cc19 where cc19.statement_id = t16.id
                                  ) c20 join source s21 on s21.id = c20.source_id cross join lateral unnest(case when c20.credited_outlet is not null then string_to_array(c20.credited_outlet, ',') when c20.credits then array[]::text[] else array[coalesce(s21.publisher, s21.author, '“' || s21.title || '”')] end) as o18(outlet)
                                ) o22)), '{"$error":3}'::json) as "corroboration"
                              ) r17
                            ) as l0 from (
                              select q12.*, coalesce(q12.date_latest, q12.date_earliest, '-infinity'::date) as sort_0 from statement q12 where (exists (select 1 from statement_speaker sp13 where sp13.statement_id = q12.id and sp13.person_id = t9.id)) and ((coalesce(q12.date_latest, q12.date_earliest, '-infinity'::date), q12.id) < (cast(? as date), ?)) order by coalesce(q12.date_latest, q12.date_earliest, '-infinity'::date) desc, q12.id desc limit ?
                            ) t16
                          ) n15
                        ) a14
                      ) z11
                    ) as "statements"
                  ) r10
                ) as l0 from (
                  select q23.*, (lower(q23.name)) collate "C" as sort_0 from person q23 where q23.organization_id = t2.id order by (lower(q23.name)) collate "C", q23.id limit ?
                ) t9
              ) n8
            ) a7
          ) z5
        ) as "people", (
          select row_to_json(z24.*) from (
            select ('[' || coalesce(a25.l0, '') || ']')::json as "nodes", (
              select row_to_json(r26.*) from (
                select false as "hasPreviousPage", a25.cursors[1] as "startCursor", a25.fetched > ? as "hasNextPage", a25.cursors[array_length(a25.cursors, 1)] as "endCursor"
              ) r26
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n27.cursor order by n27.ord) filter (where n27.ord <= ?)) as cursors, string_agg(n27.l0::text, ',' order by n27.ord) filter (where n27.ord <= ?) as l0 from (
                select row_number() over (order by t28.sort_0 desc, t28.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t28.sort_0::text)]::text[], t28.id) as cursor, (
                  select row_to_json(r29.*) from (
                    select t28.channel as "channel", coalesce(to_json(dg_global_id('Statement', t28.slug)), '{"$error":4}'::json) as "id", coalesce(to_json((select count(*)::int from (
                      select distinct trim(o30.outlet) collate "C" as outlet from (
                        select cc31.source_id, cc31.credited_outlet, bool_or(cc31.credited_outlet is not null) over (partition by cc31.source_id) as credits from citation cc31 where cc31.statement_id = t28.id
                      ) c32 join source s33 on s33.id = c32.source_id cross join lateral unnest(case when c32.credited_outlet is not null then string_to_array(c32.credited_outlet, ',') when c32.credits then array[]::text[] else array[coalesce(s33.publisher, s33.author, '“' || s33.title || '”')] end) as o30(outlet)
                    ) o34)), '{"$error":5}'::json) as "corroboration"
                  ) r29
                ) as l0 from (
                  select q35.*, coalesce(q35.date_latest, q35.date_earliest, '-infinity'::date) as sort_0 from statement q35 where exists (select 1 from (
                    select ss36.statement_id, ss36.organization_id from statement_speaker ss36 where ss36.organization_id is not null union select ss36.statement_id, sp37.organization_id from statement_speaker ss36 join person sp37 on sp37.id = ss36.person_id where sp37.organization_id is not null
                  ) so38 where so38.statement_id = q35.id and so38.organization_id = t2.id) order by coalesce(q35.date_latest, q35.date_earliest, '-infinity'::date) desc, q35.id desc limit ?
                ) t28
              ) n27
            ) a25
          ) z24
        ) as "statements"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: [1,1,"NAME:ASC",3,3,"DATE:DESC","2026-04-13",4,4,2,2,2,2,"DATE:DESC",3,"aws"]
-- r3
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select a2.value from organization_alias a2 where a2.organization_id = t3.id and a2.kind = 'TICKER' order by a2.value limit 100)), '{"$error":0}'::json) as "tickers", (
          select row_to_json(z4.*) from (
            select (
              select count(*) from citation q5 where q5.organization_id = t3.id
            ) as "totalCount", (
              select row_to_json(r6.*) from (
                select exists (
                  select 1 from citation q5 where (q5.organization_id = t3.id) and (not (q5.source_id, q5.start_offset, q5.id) > (cast(? as bigint), cast(? as integer), ?))
                ) as "hasPreviousPage"
              ) r6
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors from (
                select row_number() over (order by t8.sort_0, t8.sort_1, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text), dg_cursor_value(t8.sort_1::text)]::text[], t8.id) as cursor from (
                  select q5.*, q5.source_id as sort_0, q5.start_offset as sort_1 from citation q5 where (q5.organization_id = t3.id) and ((q5.source_id, q5.start_offset, q5.id) > (cast(? as bigint), cast(? as integer), ?)) order by q5.source_id, q5.start_offset, q5.id limit ?
                ) t8
              ) n7
            ) a9
          ) z4
        ) as "citations"
      ) r1
    ) from organization t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["1","1286",39,3,"SOURCE_POSITION:ASC","1","1286",39,4,"openai"]
