-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", coalesce(to_json(array(select o3.outlet from (
          select distinct trim(o4.outlet) collate "C" as outlet from (
            select cc5.source_id, cc5.credited_outlet, bool_or(cc5.credited_outlet is not null) over (partition by cc5.source_id) as credits from citation cc5 where cc5.person_id = t2.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o4(outlet)
        ) o3 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t2.name as "name", (
          select row_to_json(z8.*) from (
            select ('[' || coalesce(a9.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors, string_agg(n10.l0::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l0 from (
                select row_number() over (order by t11.sort_0, t11.sort_1, t11.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text), dg_cursor_value(t11.sort_1::text)]::text[], t11.id) as cursor, (
                  select row_to_json(r12.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text), dg_cursor_value(t11.sort_1::text)]::text[], t11.id) as "cursor"
                  ) r12
                ) as l0 from (
                  select q13.*, q13.source_id as sort_0, q13.start_offset as sort_1 from citation q13 where q13.person_id = t2.id order by q13.source_id, q13.start_offset, q13.id limit ?
                ) t11
              ) n10
            ) a9
          ) z8
        ) as "citations", (
          select row_to_json(z14.*) from (
            select (
              select count(*) from statement q15 where exists (select 1 from statement_speaker sp16 where sp16.statement_id = q15.id and sp16.person_id = t2.id)
            ) as "totalCount", ('[' || coalesce(a17.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n18.cursor order by n18.ord) filter (where n18.ord <= ?)) as cursors, string_agg(n18.l0::text, ',' order by n18.ord) filter (where n18.ord <= ?) as l0 from (
                select row_number() over (order by t19.sort_0 desc, t19.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t19.sort_0::text)]::text[], t19.id) as cursor, (
                  select row_to_json(r20.*) from (
                    select coalesce(to_json((select count(*)::int from (
                      select distinct trim(o21.outlet) collate "C" as outlet from (
                        select cc22.source_id, cc22.credited_outlet, bool_or(cc22.credited_outlet is not null) over (partition by cc22.source_id) as credits from citation cc22 where cc22.statement_id = t19.id
                      ) c23 join source s24 on s24.id = c23.source_id cross join lateral unnest(case when c23.credited_outlet is not null then string_to_array(c23.credited_outlet, ',') when c23.credits then array[]::text[] else array[coalesce(s24.publisher, s24.author, '“' || s24.title || '”')] end) as o21(outlet)
                    ) o25)), '{"$error":1}'::json) as "corroboration", (
                      select ('[' || coalesce(string_agg((
                        select row_to_json(r26.*) from (
                          select (
                            select (
                              select row_to_json(r27.*) from (
                                select coalesce(to_json(array(select o28.outlet from (
                                  select distinct trim(o29.outlet) collate "C" as outlet from (
                                    select cc30.source_id, cc30.credited_outlet, bool_or(cc30.credited_outlet is not null) over (partition by cc30.source_id) as credits from citation cc30 where cc30.person_id = c31.id
                                  ) c32 join source s33 on s33.id = c32.source_id cross join lateral unnest(case when c32.credited_outlet is not null then string_to_array(c32.credited_outlet, ',') when c32.credits then array[]::text[] else array[coalesce(s33.publisher, s33.author, '“' || s33.title || '”')] end) as o29(outlet)
                                ) o28 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", c31.role as "role", c31.name as "name", coalesce(to_json(dg_global_id('Person', c31.slug)), '{"$error":3}'::json) as "id", (
                                  select row_to_json(z34.*) from (
                                    select (
                                      select count(*) from citation q35 where q35.person_id = c31.id
                                    ) as "totalCount" from (
                                      select count(*) as fetched, (array_agg(n36.cursor order by n36.ord) filter (where n36.ord <= ?)) as cursors from (
                                        select row_number() over (order by t37.sort_0, t37.sort_1, t37.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t37.sort_0::text), dg_cursor_value(t37.sort_1::text)]::text[], t37.id) as cursor from (
                                          select q35.*, q35.source_id as sort_0, q35.start_offset as sort_1 from citation q35 where q35.person_id = c31.id order by q35.source_id, q35.start_offset, q35.id limit ?
                                        ) t37
                                      ) n36
                                    ) a38
                                  ) z34
                                ) as "citations"
                              ) r27
                            ) from person c31 where c31.id = c39.person_id limit 1
                          ) as "person", (
                            select (
                              select row_to_json(r40.*) from (
                                select c41.kind as "kind", c41.description as "a1", coalesce(to_json(dg_global_id('Organization', c41.slug)), '{"$error":4}'::json) as "id", c41.name as "name"
                              ) r40
                            ) from organization c41 where c41.id = c39.organization_id limit 1
                          ) as "organization"
                        ) r26
                      )::text, ',' order by c39.id), '') || ']')::json from (
                        select c39.* from statement_speaker c39 where c39.statement_id = t19.id order by c39.id limit ?
                      ) c39 where true
                    ) as "speakers"
                  ) r20
                ) as l0 from (
                  select q15.*, coalesce(q15.date_latest, q15.date_earliest, '-infinity'::date) as sort_0 from statement q15 where exists (select 1 from statement_speaker sp16 where sp16.statement_id = q15.id and sp16.person_id = t2.id) order by coalesce(q15.date_latest, q15.date_earliest, '-infinity'::date) desc, q15.id desc limit ?
                ) t19
              ) n18
            ) a17
          ) z14
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
