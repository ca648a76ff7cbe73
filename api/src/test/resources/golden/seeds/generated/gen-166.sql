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
                      select distinct trim(o11.outlet) collate "C" as outlet from citation c12 join source s13 on s13.id = c12.source_id cross join lateral unnest(case when c12.credited_outlet is not null then string_to_array(c12.credited_outlet, ',') else array[coalesce(s13.publisher, s13.author, '“' || s13.title || '”')] end) as o11(outlet) where c12.statement_id = t8.id
                    ) o10 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", coalesce(to_json((select count(*)::int from (
                      select distinct trim(o14.outlet) collate "C" as outlet from citation c15 join source s16 on s16.id = c15.source_id cross join lateral unnest(case when c15.credited_outlet is not null then string_to_array(c15.credited_outlet, ',') else array[coalesce(s16.publisher, s16.author, '“' || s16.title || '”')] end) as o14(outlet) where c15.statement_id = t8.id
                    ) o17)), '{"$error":2}'::json) as "corroboration", t8.quote as "quote", (
                      select ('[' || coalesce(string_agg((
                        select row_to_json(r18.*) from (
                          select 'Speaker'::text as "__typename"
                        ) r18
                      )::text, ',' order by c19.id), '') || ']')::json from (
                        select c19.* from statement_speaker c19 where c19.statement_id = t8.id order by c19.id limit ?
                      ) c19 where true
                    ) as "speakers", (
                      select row_to_json(z20.*) from (
                        select (
                          select row_to_json(r21.*) from (
                            select a22.cursors[1] as "a0", false as "hasPreviousPage", a22.cursors[array_length(a22.cursors, 1)] as "endCursor", a22.fetched > ? as "hasNextPage"
                          ) r21
                        ) as "pageInfo", ('[' || coalesce(a22.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n23.cursor order by n23.ord) filter (where n23.ord <= ?)) as cursors, string_agg(n23.l0::text, ',' order by n23.ord) filter (where n23.ord <= ?) as l0 from (
                            select row_number() over (order by t24.sort_0, t24.sort_1, t24.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t24.sort_0::text), dg_cursor_value(t24.sort_1::text)]::text[], t24.id) as cursor, (
                              select row_to_json(r25.*) from (
                                select t24.start_offset as "startOffset"
                              ) r25
                            ) as l0 from (
                              select q26.*, q26.source_id as sort_0, q26.start_offset as sort_1 from citation q26 where q26.statement_id = t8.id order by q26.source_id, q26.start_offset, q26.id limit ?
                            ) t24
                          ) n23
                        ) a22
                      ) z20
                    ) as "citations"
                  ) r9
                ) as l0 from (
                  select q27.*, coalesce(q27.date_latest, q27.date_earliest, '-infinity'::date) as sort_0 from statement q27 where exists (select 1 from (
                    select ss28.statement_id, ss28.organization_id from statement_speaker ss28 where ss28.organization_id is not null union select ss28.statement_id, sp29.organization_id from statement_speaker ss28 join person sp29 on sp29.id = ss28.person_id where sp29.organization_id is not null
                  ) so30 where so30.statement_id = q27.id and so30.organization_id = t3.id) order by coalesce(q27.date_latest, q27.date_earliest, '-infinity'::date) desc, q27.id desc limit ?
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
