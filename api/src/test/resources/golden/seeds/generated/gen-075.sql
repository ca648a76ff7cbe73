-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", coalesce(to_json(array(select o3.outlet from (
          select distinct trim(o4.outlet) collate "C" as outlet from citation c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o4(outlet) where c5.person_id = t2.id
        ) o3 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t2.name as "name", (
          select row_to_json(z7.*) from (
            select ('[' || coalesce(a8.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors, string_agg(n9.l0::text, ',' order by n9.ord) filter (where n9.ord <= ?) as l0 from (
                select row_number() over (order by t10.sort_0, t10.sort_1, t10.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text), dg_cursor_value(t10.sort_1::text)]::text[], t10.id) as cursor, (
                  select row_to_json(r11.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text), dg_cursor_value(t10.sort_1::text)]::text[], t10.id) as "cursor"
                  ) r11
                ) as l0 from (
                  select q12.*, q12.source_id as sort_0, q12.start_offset as sort_1 from citation q12 where q12.person_id = t2.id order by q12.source_id, q12.start_offset, q12.id limit ?
                ) t10
              ) n9
            ) a8
          ) z7
        ) as "citations", (
          select row_to_json(z13.*) from (
            select (
              select count(*) from statement q14 where exists (select 1 from statement_speaker sp15 where sp15.statement_id = q14.id and sp15.person_id = t2.id)
            ) as "totalCount", ('[' || coalesce(a16.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n17.cursor order by n17.ord) filter (where n17.ord <= ?)) as cursors, string_agg(n17.l0::text, ',' order by n17.ord) filter (where n17.ord <= ?) as l0 from (
                select row_number() over (order by t18.sort_0 desc, t18.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t18.sort_0::text)]::text[], t18.id) as cursor, (
                  select row_to_json(r19.*) from (
                    select coalesce(to_json((select count(*)::int from (
                      select distinct trim(o20.outlet) collate "C" as outlet from citation c21 join source s22 on s22.id = c21.source_id cross join lateral unnest(case when c21.credited_outlet is not null then string_to_array(c21.credited_outlet, ',') else array[coalesce(s22.publisher, s22.author, '“' || s22.title || '”')] end) as o20(outlet) where c21.statement_id = t18.id
                    ) o23)), '{"$error":1}'::json) as "corroboration", (
                      select ('[' || coalesce(string_agg((
                        select row_to_json(r24.*) from (
                          select (
                            select (
                              select row_to_json(r25.*) from (
                                select coalesce(to_json(array(select o26.outlet from (
                                  select distinct trim(o27.outlet) collate "C" as outlet from citation c28 join source s29 on s29.id = c28.source_id cross join lateral unnest(case when c28.credited_outlet is not null then string_to_array(c28.credited_outlet, ',') else array[coalesce(s29.publisher, s29.author, '“' || s29.title || '”')] end) as o27(outlet) where c28.person_id = c30.id
                                ) o26 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", c30.role as "role", c30.name as "name", coalesce(to_json(dg_global_id('Person', c30.slug)), '{"$error":3}'::json) as "id", (
                                  select row_to_json(z31.*) from (
                                    select (
                                      select count(*) from citation q32 where q32.person_id = c30.id
                                    ) as "totalCount" from (
                                      select count(*) as fetched, (array_agg(n33.cursor order by n33.ord) filter (where n33.ord <= ?)) as cursors from (
                                        select row_number() over (order by t34.sort_0, t34.sort_1, t34.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t34.sort_0::text), dg_cursor_value(t34.sort_1::text)]::text[], t34.id) as cursor from (
                                          select q32.*, q32.source_id as sort_0, q32.start_offset as sort_1 from citation q32 where q32.person_id = c30.id order by q32.source_id, q32.start_offset, q32.id limit ?
                                        ) t34
                                      ) n33
                                    ) a35
                                  ) z31
                                ) as "citations"
                              ) r25
                            ) from person c30 where c30.id = c36.person_id limit 1
                          ) as "person", (
                            select (
                              select row_to_json(r37.*) from (
                                select c38.kind as "kind", c38.description as "a1", coalesce(to_json(dg_global_id('Organization', c38.slug)), '{"$error":4}'::json) as "id", c38.name as "name"
                              ) r37
                            ) from organization c38 where c38.id = c36.organization_id limit 1
                          ) as "organization"
                        ) r24
                      )::text, ',' order by c36.id), '') || ']')::json from (
                        select c36.* from statement_speaker c36 where c36.statement_id = t18.id order by c36.id limit ?
                      ) c36 where true
                    ) as "speakers"
                  ) r19
                ) as l0 from (
                  select q14.*, coalesce(q14.date_latest, q14.date_earliest, '-infinity'::date) as sort_0 from statement q14 where exists (select 1 from statement_speaker sp15 where sp15.statement_id = q14.id and sp15.person_id = t2.id) order by coalesce(q14.date_latest, q14.date_earliest, '-infinity'::date) desc, q14.id desc limit ?
                ) t18
              ) n17
            ) a16
          ) z13
        ) as "statements"
      ) r1
    ) from person t2 where t2.slug = ? limit 1
  )
)::text
-- values: [1,1,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",2,1,1,"DATE:DESC",1,"SOURCE_POSITION:ASC",2,10,2,"denise-dresser"]
-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(coalesce((
          select in_force(cast(? as date), x2.start_earliest, x2.start_latest, x2.start_precision, x2.end_earliest, x2.end_latest, x2.end_precision) from deal_timing x2 where x2.deal_id = t3.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", coalesce(to_json(dg_global_id('Deal', t3.slug)), '{"$error":1}'::json) as "id", t3.slug as "slug", t3.status as "status", (
          select row_to_json(z4.*) from (
            select ('[' || coalesce(a5.l0, '') || ']')::json as "edges", ('[' || coalesce(a5.l1, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0, string_agg(n6.l1::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l1 from (
                select row_number() over (order by t7.sort_0, t7.sort_1, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text), dg_cursor_value(t7.sort_1::text)]::text[], t7.id) as cursor, (
                  select row_to_json(r8.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text), dg_cursor_value(t7.sort_1::text)]::text[], t7.id) as "cursor"
                  ) r8
                ) as l0, (
                  select row_to_json(r9.*) from (
                    select t7.start_offset as "startOffset", t7.end_offset as "endOffset", t7.excerpt as "a2", coalesce(to_json((
                      select (
                        select row_to_json(r10.*) from (
                          select c11.publisher as "publisher", c11.content_sha256 as "contentSha256", coalesce(to_json(dg_global_id('Source', c11.slug)), '{"$error":2}'::json) as "id", c11.file_name as "fileName"
                        ) r10
                      ) from source c11 where c11.id = t7.source_id limit 1
                    )), '{"$error":3}'::json) as "source"
                  ) r9
                ) as l1 from (
                  select q12.*, q12.source_id as sort_0, q12.start_offset as sort_1 from citation q12 where q12.deal_id = t3.id order by q12.source_id, q12.start_offset, q12.id limit ?
                ) t7
              ) n6
            ) a5
          ) z4
        ) as "citations", (
          select row_to_json(z13.*) from (
            select (
              select row_to_json(r14.*) from (
                select a15.cursors[array_length(a15.cursors, 1)] as "endCursor"
              ) r14
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n16.cursor order by n16.ord) filter (where n16.ord <= ?)) as cursors from (
                select row_number() over (order by t17.sort_0, t17.sort_1, t17.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t17.sort_0::text), dg_cursor_value(t17.sort_1::text)]::text[], t17.id) as cursor from (
                  select q18.*, q18.source_id as sort_0, q18.start_offset as sort_1 from citation q18 where (q18.deal_id = t3.id) and ((q18.source_id, q18.start_offset, q18.id) > (cast(? as bigint), cast(? as integer), ?)) order by q18.source_id, q18.start_offset, q18.id limit ?
                ) t17
              ) n16
            ) a15
          ) z13
        ) as "again5"
      ) r1
    ) from deal t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2030-12-31",1,1,1,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",2,1,"SOURCE_POSITION:ASC","4","3855",86,2,"openai-aws-compute-2025"]
