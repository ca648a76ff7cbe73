-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select a2.value from organization_alias a2 where a2.organization_id = t3.id and a2.kind = 'ALIAS' order by a2.value limit 100)), '{"$error":0}'::json) as "a0", (
          select row_to_json(z4.*) from (
            select (
              select row_to_json(r5.*) from (
                select a6.fetched > ? as "hasNextPage", false as "hasPreviousPage", a6.cursors[1] as "a2", a6.cursors[array_length(a6.cursors, 1)] as "endCursor"
              ) r5
            ) as "pageInfo", ('[' || coalesce(a6.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
                select row_number() over (order by t8.sort_0 desc, t8.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
                  select row_to_json(r9.*) from (
                    select coalesce(to_json(array(select o10.outlet from (
                      select distinct trim(o11.outlet) collate "C" as outlet from (
                        select cc12.source_id, cc12.credited_outlet, bool_or(cc12.credited_outlet is not null) over (partition by cc12.source_id) as credits from citation cc12 where cc12.statement_id = t8.id
                      ) c13 join source s14 on s14.id = c13.source_id cross join lateral unnest(case when c13.credited_outlet is not null then string_to_array(c13.credited_outlet, ',') when c13.credits then array[]::text[] else array[coalesce(s14.publisher, s14.author, '“' || s14.title || '”')] end) as o11(outlet)
                    ) o10 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", coalesce(to_json((select count(*)::int from (
                      select distinct trim(o15.outlet) collate "C" as outlet from (
                        select cc16.source_id, cc16.credited_outlet, bool_or(cc16.credited_outlet is not null) over (partition by cc16.source_id) as credits from citation cc16 where cc16.statement_id = t8.id
                      ) c17 join source s18 on s18.id = c17.source_id cross join lateral unnest(case when c17.credited_outlet is not null then string_to_array(c17.credited_outlet, ',') when c17.credits then array[]::text[] else array[coalesce(s18.publisher, s18.author, '“' || s18.title || '”')] end) as o15(outlet)
                    ) o19)), '{"$error":2}'::json) as "corroboration", t8.quote as "quote", (
                      select ('[' || coalesce(string_agg((
                        select row_to_json(r20.*) from (
                          select 'Speaker'::text as "__typename"
                        ) r20
                      )::text, ',' order by c21.id), '') || ']')::json from (
                        select c21.* from statement_speaker c21 where c21.statement_id = t8.id order by c21.id limit ?
                      ) c21 where true
                    ) as "speakers", (
                      select row_to_json(z22.*) from (
                        select (
                          select row_to_json(r23.*) from (
                            select a24.cursors[1] as "a0", false as "hasPreviousPage", a24.cursors[array_length(a24.cursors, 1)] as "endCursor", a24.fetched > ? as "hasNextPage"
                          ) r23
                        ) as "pageInfo", ('[' || coalesce(a24.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n25.cursor order by n25.ord) filter (where n25.ord <= ?)) as cursors, string_agg(n25.l0::text, ',' order by n25.ord) filter (where n25.ord <= ?) as l0 from (
                            select row_number() over (order by t26.sort_0, t26.sort_1, t26.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t26.sort_0::text), dg_cursor_value(t26.sort_1::text)]::text[], t26.id) as cursor, (
                              select row_to_json(r27.*) from (
                                select t26.start_offset as "startOffset"
                              ) r27
                            ) as l0 from (
                              select q28.*, q28.source_id as sort_0, q28.start_offset as sort_1 from citation q28 where q28.statement_id = t8.id order by q28.source_id, q28.start_offset, q28.id limit ?
                            ) t26
                          ) n25
                        ) a24
                      ) z22
                    ) as "citations"
                  ) r9
                ) as l0 from (
                  select q29.*, coalesce(q29.date_latest, q29.date_earliest, '-infinity'::date) as sort_0 from statement q29 where exists (select 1 from (
                    select ss30.statement_id, ss30.organization_id from statement_speaker ss30 where ss30.organization_id is not null union select ss30.statement_id, sp31.organization_id from statement_speaker ss30 join person sp31 on sp31.id = ss30.person_id where sp31.organization_id is not null
                  ) so32 where so32.statement_id = q29.id and so32.organization_id = t3.id) order by coalesce(q29.date_latest, q29.date_earliest, '-infinity'::date) desc, q29.id desc limit ?
                ) t8
              ) n7
            ) a6
          ) z4
        ) as "statements"
      ) r1
    ) from organization t3 where t3.slug = ? limit 1
  )
)::text
-- values: [3,3,3,"DATE:DESC",10,1,1,1,"SOURCE_POSITION:ASC",2,4,"microsoft"]
-- sources
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[array_length(a3.cursors, 1)] as "endCursor"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0 desc, t5.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor"
            ) r6
          ) as l0 from (
            select q7.*, (lower(q7.title)) collate "C" as sort_0 from source q7 where true order by (lower(q7.title)) collate "C" desc, q7.id desc limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [3,3,"TITLE:DESC","TITLE:DESC",4]
