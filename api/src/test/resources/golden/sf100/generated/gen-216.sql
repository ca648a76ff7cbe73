-- r1
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select d2.*, w3 as tsq, ts_rank_cd(d2.tsv, w3) as score from search_document d2, websearch_to_tsquery('english', ?) w3 where d2.tsv @@ w3
        ) q4 where q4.kind = any(cast(? as text[]))
      ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
          select row_number() over (order by t7.sort_0 desc, t7.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
            select row_to_json(r8.*) from (
              select coalesce(to_json(replace(replace(replace(replace(replace(replace(replace(btrim(regexp_replace(ts_headline('english', t7.body, t7.tsq, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxFragments=2, MinWords=6, MaxWords=24, FragmentDelimiter=" … "'), E'[ \\t\\n\\x0b\\f\\r]+', ' ', 'g'), ' '), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;'), chr(1), '<mark>'), chr(2), '</mark>')), '{"$error":0}'::json) as "snippet", coalesce(to_json((case t7.kind when 'COMMITMENT' then (
                select (
                  select row_to_json(r9.*) from (
                    select 'Commitment'::text as "__typename"
                  ) r9
                ) from commitment c10 where c10.id = t7.fact_id limit 1
              ) when 'DEAL' then (
                select (
                  select row_to_json(r11.*) from (
                    select 'Deal'::text as "__typename", c12.status as "status", (
                      select row_to_json(z13.*) from (
                        select (
                          select count(*) from statement q14 where q14.deal_id = c12.id
                        ) as "totalCount", ('[' || coalesce(a15.l0, '') || ']')::json as "nodes", (
                          select row_to_json(r16.*) from (
                            select a15.cursors[1] as "startCursor", false as "hasPreviousPage", a15.cursors[array_length(a15.cursors, 1)] as "endCursor", a15.fetched > ? as "a3"
                          ) r16
                        ) as "pageInfo" from (
                          select count(*) as fetched, (array_agg(n17.cursor order by n17.ord) filter (where n17.ord <= ?)) as cursors, string_agg(n17.l0::text, ',' order by n17.ord) filter (where n17.ord <= ?) as l0 from (
                            select row_number() over (order by t18.sort_0 desc, t18.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t18.sort_0::text)]::text[], t18.id) as cursor, (
                              select row_to_json(r19.*) from (
                                select t18.channel as "channel", t18.slug as "slug"
                              ) r19
                            ) as l0 from (
                              select q14.*, coalesce(q14.date_latest, q14.date_earliest, '-infinity'::date) as sort_0 from statement q14 where q14.deal_id = c12.id order by coalesce(q14.date_latest, q14.date_earliest, '-infinity'::date) desc, q14.id desc limit ?
                            ) t18
                          ) n17
                        ) a15
                      ) z13
                    ) as "statements", (
                      select row_to_json(z20.*) from (
                        select (
                          select count(*) from deal q21 where q21.parent_id = c12.id
                        ) as "totalCount", ('[' || coalesce(a22.l0, '') || ']')::json as "edges", ('[' || coalesce(a22.l1, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n23.cursor order by n23.ord) filter (where n23.ord <= ?)) as cursors, string_agg(n23.l0::text, ',' order by n23.ord) filter (where n23.ord <= ?) as l0, string_agg(n23.l1::text, ',' order by n23.ord) filter (where n23.ord <= ?) as l1 from (
                            select row_number() over (order by t24.sort_0, t24.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t24.sort_0::text)]::text[], t24.id) as cursor, (
                              select row_to_json(r25.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t24.sort_0::text)]::text[], t24.id) as "cursor", null::text as "inForce", (
                                  select row_to_json(r26.*) from (
                                    select t24.status as "status", t24.summary as "a1", t24.title as "title", coalesce(to_json(array(select o27.outlet from (
                                      select distinct trim(o28.outlet) collate "C" as outlet from citation c29 join source s30 on s30.id = c29.source_id cross join lateral unnest(case when c29.credited_outlet is not null then string_to_array(c29.credited_outlet, ',') else array[coalesce(s30.publisher, s30.author, '“' || s30.title || '”')] end) as o28(outlet) where c29.deal_id = t24.id
                                    ) o27 order by 1 limit 100)), '{"$error":1}'::json) as "outlets"
                                  ) r26
                                ) as "node"
                              ) r25
                            ) as l0, (
                              select row_to_json(r31.*) from (
                                select coalesce(to_json(coalesce((
                                  select in_force(cast(? as date), x32.start_earliest, x32.start_latest, x32.start_precision, x32.end_earliest, x32.end_latest, x32.end_precision) from deal_timing x32 where x32.deal_id = t24.id
                                ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce"
                              ) r31
                            ) as l1 from (
                              select q21.*, coalesce(q21.announced_earliest, q21.announced_latest, 'infinity'::date) as sort_0 from deal q21 where (q21.parent_id = c12.id) and ((coalesce(q21.announced_earliest, q21.announced_latest, 'infinity'::date), q21.id) > (cast(? as date), ?)) order by coalesce(q21.announced_earliest, q21.announced_latest, 'infinity'::date), q21.id limit ?
                            ) t24
                          ) n23
                        ) a22
                      ) z20
                    ) as "subDeals"
                  ) r11
                ) from deal c12 where c12.id = t7.fact_id limit 1
              ) when 'EVENT' then (
                select (
                  select row_to_json(r33.*) from (
                    select 'Event'::text as "__typename"
                  ) r33
                ) from event c34 where c34.id = t7.fact_id limit 1
              ) when 'EXCLUSIVITY_TERM' then (
                select (
                  select row_to_json(r35.*) from (
                    select 'ExclusivityTerm'::text as "__typename"
                  ) r35
                ) from exclusivity_term c36 where c36.id = t7.fact_id limit 1
              ) when 'ORGANIZATION' then (
                select (
                  select row_to_json(r37.*) from (
                    select 'Organization'::text as "__typename"
                  ) r37
                ) from organization c38 where c38.id = t7.fact_id limit 1
              ) when 'PERSON' then (
                select (
                  select row_to_json(r39.*) from (
                    select 'Person'::text as "__typename", coalesce(to_json(dg_global_id('Person', c40.slug)), '{"$error":3}'::json) as "id", c40.role as "role", (
                      select row_to_json(z41.*) from (
                        select (
                          select row_to_json(r42.*) from (
                            select a43.cursors[array_length(a43.cursors, 1)] as "endCursor", a43.fetched > ? as "hasNextPage", false as "hasPreviousPage"
                          ) r42
                        ) as "pageInfo" from (
                          select count(*) as fetched, (array_agg(n44.cursor order by n44.ord) filter (where n44.ord <= ?)) as cursors from (
                            select row_number() over (order by t45.sort_0 desc, t45.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t45.sort_0::text)]::text[], t45.id) as cursor from (
                              select q46.*, coalesce(q46.date_latest, q46.date_earliest, '-infinity'::date) as sort_0 from statement q46 where exists (select 1 from statement_speaker sp47 where sp47.statement_id = q46.id and sp47.person_id = c40.id) order by coalesce(q46.date_latest, q46.date_earliest, '-infinity'::date) desc, q46.id desc limit ?
                            ) t45
                          ) n44
                        ) a43
                      ) z41
                    ) as "statements", (
                      select row_to_json(z48.*) from (
                        select (
                          select count(*) from statement q49 where exists (select 1 from statement_speaker sp50 where sp50.statement_id = q49.id and sp50.person_id = c40.id)
                        ) as "totalCount", ('[' || coalesce(a51.l0, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n52.cursor order by n52.ord) filter (where n52.ord <= ?)) as cursors, string_agg(n52.l0::text, ',' order by n52.ord) filter (where n52.ord <= ?) as l0 from (
                            select row_number() over (order by t53.sort_0 desc, t53.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t53.sort_0::text)]::text[], t53.id) as cursor, (
                              select row_to_json(r54.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t53.sort_0::text)]::text[], t53.id) as "cursor", (
                                  select row_to_json(r55.*) from (
                                    select t53.channel as "channel", coalesce(to_json((select count(*)::int from (
                                      select distinct trim(o56.outlet) collate "C" as outlet from citation c57 join source s58 on s58.id = c57.source_id cross join lateral unnest(case when c57.credited_outlet is not null then string_to_array(c57.credited_outlet, ',') else array[coalesce(s58.publisher, s58.author, '“' || s58.title || '”')] end) as o56(outlet) where c57.statement_id = t53.id
                                    ) o59)), '{"$error":4}'::json) as "corroboration", coalesce(to_json(array(select o60.outlet from (
                                      select distinct trim(o61.outlet) collate "C" as outlet from citation c62 join source s63 on s63.id = c62.source_id cross join lateral unnest(case when c62.credited_outlet is not null then string_to_array(c62.credited_outlet, ',') else array[coalesce(s63.publisher, s63.author, '“' || s63.title || '”')] end) as o61(outlet) where c62.statement_id = t53.id
                                    ) o60 order by 1 limit 100)), '{"$error":5}'::json) as "outlets"
                                  ) r55
                                ) as "node"
                              ) r54
                            ) as l0 from (
                              select q49.*, coalesce(q49.date_latest, q49.date_earliest, '-infinity'::date) as sort_0 from statement q49 where exists (select 1 from statement_speaker sp50 where sp50.statement_id = q49.id and sp50.person_id = c40.id) order by coalesce(q49.date_latest, q49.date_earliest, '-infinity'::date) desc, q49.id desc limit ?
                            ) t53
                          ) n52
                        ) a51
                      ) z48
                    ) as "again3", (
                      select (
                        select row_to_json(r64.*) from (
                          select coalesce(to_json(dg_global_id('Organization', c65.slug)), '{"$error":6}'::json) as "id"
                        ) r64
                      ) from organization c65 where c65.id = c40.organization_id limit 1
                    ) as "organization"
                  ) r39
                ) from person c40 where c40.id = t7.fact_id limit 1
              ) when 'SOURCE' then (
                select (
                  select row_to_json(r66.*) from (
                    select 'Source'::text as "__typename", c67.publisher as "publisher", to_char(c67.published_local_time, 'HH24:MI:SS') as "publishedLocalTime", (
                      select row_to_json(z68.*) from (
                        select (
                          select count(*) from citation q69 where q69.source_id = c67.id
                        ) as "totalCount", ('[' || coalesce(a70.l0, '') || ']')::json as "edges", (
                          select row_to_json(r71.*) from (
                            select a70.fetched > ? as "hasNextPage", false as "hasPreviousPage", a70.cursors[1] as "startCursor", a70.cursors[array_length(a70.cursors, 1)] as "endCursor"
                          ) r71
                        ) as "pageInfo" from (
                          select count(*) as fetched, (array_agg(n72.cursor order by n72.ord) filter (where n72.ord <= ?)) as cursors, string_agg(n72.l0::text, ',' order by n72.ord) filter (where n72.ord <= ?) as l0 from (
                            select row_number() over (order by t73.sort_0, t73.sort_1, t73.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t73.sort_0::text), dg_cursor_value(t73.sort_1::text)]::text[], t73.id) as cursor, (
                              select row_to_json(r74.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t73.sort_0::text), dg_cursor_value(t73.sort_1::text)]::text[], t73.id) as "cursor"
                              ) r74
                            ) as l0 from (
                              select q69.*, q69.source_id as sort_0, q69.start_offset as sort_1 from citation q69 where q69.source_id = c67.id order by q69.source_id, q69.start_offset, q69.id limit ?
                            ) t73
                          ) n72
                        ) a70
                      ) z68
                    ) as "citations"
                  ) r66
                ) from source c67 where c67.id = t7.fact_id limit 1
              ) when 'STATEMENT' then (
                select (
                  select row_to_json(r75.*) from (
                    select 'Statement'::text as "__typename"
                  ) r75
                ) from statement c76 where c76.id = t7.fact_id limit 1
              ) end)), '{"$error":7}'::json) as "node"
            ) r8
          ) as l0 from (
            select q4.*, q4.score as sort_0 from (
              select d2.*, w3 as tsq, ts_rank_cd(d2.tsv, w3) as score from search_document d2, websearch_to_tsquery('english', ?) w3 where d2.tsv @@ w3
            ) q4 where q4.kind = any(cast(? as text[])) order by q4.score desc, q4.id desc limit ?
          ) t7
        ) n6
      ) a5
    ) z1
  )
)::text
-- values: ["restructuring",["EVENT","SOURCE"],6,6,"SCORE:DESC",2,2,2,"DATE:DESC",3,2,2,2,"ANNOUNCED:ASC","ANNOUNCED:ASC","2017-06-11","2015-05-02",10009938,3,3,3,"DATE:DESC",4,3,3,"DATE:DESC","DATE:DESC",4,2,2,2,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",3,"restructuring",["EVENT","SOURCE"],7]
-- activity
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json((count(distinct q2.id) filter (where (case when q2.date_earliest is not null and q2.date_latest is not null and date_trunc('month', q2.date_earliest) = date_trunc('month', q2.date_latest) then to_char(q2.date_earliest, 'YYYY-MM') end) is null))::int), '{"$error":0}'::json) as "notPlaced", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(g4.key), '{"$error":1}'::json) as "key"
          ) r3
        )::text, ',' order by g4.month, g4.n desc, g4.key), '') || ']')::json from (
          select g4.* from (
            select case when q5.date_earliest is not null and q5.date_latest is not null and date_trunc('month', q5.date_earliest) = date_trunc('month', q5.date_latest) then to_char(q5.date_earliest, 'YYYY-MM') end as key, case when q5.date_earliest is not null and q5.date_latest is not null and date_trunc('month', q5.date_earliest) = date_trunc('month', q5.date_latest) then to_char(q5.date_earliest, 'YYYY-MM') end as month, null::bigint as organization_id, count(distinct q5.id)::int as n from (
              select i6.*, l7.organization_id from (
                select e8.id, e8.date_earliest, e8.date_latest, e8.date_precision from event e8
              ) i6 left join (
                select event_id as id, organization_id from event_organization
              ) l7 on l7.id = i6.id
            ) q5 where true group by 1 having case when q5.date_earliest is not null and q5.date_latest is not null and date_trunc('month', q5.date_earliest) = date_trunc('month', q5.date_latest) then to_char(q5.date_earliest, 'YYYY-MM') end is not null
          ) g4 where true order by g4.month, g4.n desc, g4.key limit ?
        ) g4 where true
      ) as "buckets" from (
        select i9.*, l10.organization_id from (
          select e11.id, e11.date_earliest, e11.date_latest, e11.date_precision from event e11
        ) i9 left join (
          select event_id as id, organization_id from event_organization
        ) l10 on l10.id = i9.id
      ) q2 where true group by ()
    ) r1
  )
)::text
-- values: [100]
