-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select to_char(t2.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "publishedAt", t2.author as "author", (
          select row_to_json(z3.*) from (
            select ('[' || coalesce(a4.l0, '') || ']')::json as "nodes", ('[' || coalesce(a4.l1, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0, string_agg(n5.l1::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l1 from (
                select row_number() over (order by t6.sort_0, t6.sort_1, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text), dg_cursor_value(t6.sort_1::text)]::text[], t6.id) as cursor, (
                  select row_to_json(r7.*) from (
                    select t6.start_offset as "startOffset", t6.excerpt as "excerpt", t6.credited_outlet as "creditedOutlet", t6.end_offset as "a3", coalesce(to_json((
                      select (
                        select row_to_json(r8.*) from (
                          select c9.publisher as "publisher", c9.title as "title", to_char(c9.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "publishedAt", c9.file_name as "a3"
                        ) r8
                      ) from source c9 where c9.id = t6.source_id limit 1
                    )), '{"$error":0}'::json) as "source"
                  ) r7
                ) as l0, (
                  select row_to_json(r10.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text), dg_cursor_value(t6.sort_1::text)]::text[], t6.id) as "cursor", (
                      select row_to_json(r11.*) from (
                        select t6.credited_outlet as "creditedOutlet", t6.start_offset as "startOffset", t6.excerpt as "excerpt"
                      ) r11
                    ) as "node"
                  ) r10
                ) as l1 from (
                  select q12.*, q12.source_id as sort_0, q12.start_offset as sort_1 from citation q12 where q12.source_id = t2.id order by q12.source_id, q12.start_offset, q12.id limit ?
                ) t6
              ) n5
            ) a4
          ) z3
        ) as "citations", (case when t2.published_precision is null then null else (
          select row_to_json(r13.*) from (
            select coalesce(to_json(t2.published_text), '{"$error":1}'::json) as "text", coalesce(to_json(dg_fuzzy_display(t2.published_earliest, t2.published_latest, t2.published_precision)), '{"$error":2}'::json) as "display", coalesce(to_json(t2.published_precision), '{"$error":3}'::json) as "precision"
          ) r13
        ) end) as "published"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: [3,3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,"cloud-politics-heat-up"]
-- search
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0 desc, t4.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(t4.title), '{"$error":0}'::json) as "title", coalesce(to_json(t4.score), '{"$error":1}'::json) as "score", coalesce(to_json((case t4.kind when 'COMMITMENT' then (
                select (
                  select row_to_json(r6.*) from (
                    select 'Commitment'::text as "__typename"
                  ) r6
                ) from commitment c7 where c7.id = t4.fact_id limit 1
              ) when 'DEAL' then (
                select (
                  select row_to_json(r8.*) from (
                    select 'Deal'::text as "__typename"
                  ) r8
                ) from deal c9 where c9.id = t4.fact_id limit 1
              ) when 'EVENT' then (
                select (
                  select row_to_json(r10.*) from (
                    select 'Event'::text as "__typename"
                  ) r10
                ) from event c11 where c11.id = t4.fact_id limit 1
              ) when 'EXCLUSIVITY_TERM' then (
                select (
                  select row_to_json(r12.*) from (
                    select 'ExclusivityTerm'::text as "__typename"
                  ) r12
                ) from exclusive_term c13 where c13.id = t4.fact_id limit 1
              ) when 'ORGANIZATION' then (
                select (
                  select row_to_json(r14.*) from (
                    select 'Organization'::text as "__typename"
                  ) r14
                ) from organization c15 where c15.id = t4.fact_id limit 1
              ) when 'PERSON' then (
                select (
                  select row_to_json(r16.*) from (
                    select 'Person'::text as "__typename"
                  ) r16
                ) from person c17 where c17.id = t4.fact_id limit 1
              ) when 'SOURCE' then (
                select (
                  select row_to_json(r18.*) from (
                    select 'Source'::text as "__typename", c19.author as "author", c19.title as "title", (
                      select row_to_json(z20.*) from (
                        select ('[' || coalesce(a21.l0, '') || ']')::json as "nodes", ('[' || coalesce(a21.l1, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n22.cursor order by n22.ord) filter (where n22.ord <= ?)) as cursors, string_agg(n22.l0::text, ',' order by n22.ord) filter (where n22.ord <= ?) as l0, string_agg(n22.l1::text, ',' order by n22.ord) filter (where n22.ord <= ?) as l1 from (
                            select row_number() over (order by t23.sort_0, t23.sort_1, t23.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t23.sort_0::text), dg_cursor_value(t23.sort_1::text)]::text[], t23.id) as cursor, (
                              select row_to_json(r24.*) from (
                                select t23.credited_outlet as "creditedOutlet"
                              ) r24
                            ) as l0, (
                              select row_to_json(r25.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t23.sort_0::text), dg_cursor_value(t23.sort_1::text)]::text[], t23.id) as "cursor"
                              ) r25
                            ) as l1 from (
                              select q26.*, q26.source_id as sort_0, q26.start_offset as sort_1 from citation q26 where (q26.source_id = c19.id) and ((q26.source_id, q26.start_offset, q26.id) > (cast(? as bigint), cast(? as integer), ?)) order by q26.source_id, q26.start_offset, q26.id limit ?
                            ) t23
                          ) n22
                        ) a21
                      ) z20
                    ) as "citations"
                  ) r18
                ) from source c19 where c19.id = t4.fact_id limit 1
              ) when 'STATEMENT' then (
                select (
                  select row_to_json(r27.*) from (
                    select 'Statement'::text as "__typename", coalesce(to_json(dg_global_id('Statement', c28.slug)), '{"$error":2}'::json) as "id", coalesce(to_json(array(select o29.outlet from (
                      select distinct trim(o30.outlet) collate "C" as outlet from (
                        select cc31.source_id, cc31.credited_outlet, bool_or(cc31.credited_outlet is not null) over (partition by cc31.source_id) as credits from citation cc31 where cc31.statement_id = c28.id
                      ) c32 join source s33 on s33.id = c32.source_id cross join lateral unnest(case when c32.credited_outlet is not null then string_to_array(c32.credited_outlet, ',') when c32.credits then array[]::text[] else array[coalesce(s33.publisher, s33.author, '“' || s33.title || '”')] end) as o30(outlet)
                    ) o29 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", coalesce(to_json((select count(*)::int from (
                      select distinct trim(o34.outlet) collate "C" as outlet from (
                        select cc35.source_id, cc35.credited_outlet, bool_or(cc35.credited_outlet is not null) over (partition by cc35.source_id) as credits from citation cc35 where cc35.statement_id = c28.id
                      ) c36 join source s37 on s37.id = c36.source_id cross join lateral unnest(case when c36.credited_outlet is not null then string_to_array(c36.credited_outlet, ',') when c36.credits then array[]::text[] else array[coalesce(s37.publisher, s37.author, '“' || s37.title || '”')] end) as o34(outlet)
                    ) o38)), '{"$error":4}'::json) as "corroboration"
                  ) r27
                ) from statement c28 where c28.id = t4.fact_id limit 1
              ) end)), '{"$error":5}'::json) as "node"
            ) r5
          ) as l0 from (
            select q39.*, q39.score as sort_0 from (
              select d40.*, w41 as tsq, ts_rank_cd(d40.tsv, w41) as score from search_document d40, websearch_to_tsquery('english', ?) w41 where d40.tsv @@ w41
            ) q39 where (q39.kind = any(cast(? as text[]))) and ((q39.score, q39.id) < (cast(? as real), ?)) order by q39.score desc, q39.id desc limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [3,3,"SCORE:DESC",2,2,2,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC","2","482",30,3,"licence",["ORGANIZATION"],"0.4",5497558138882,4]
