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
                                      select distinct trim(o28.outlet) collate "C" as outlet from (
                                        select cc29.source_id, cc29.credited_outlet, bool_or(cc29.credited_outlet is not null) over (partition by cc29.source_id) as credits from citation cc29 where cc29.deal_id = t24.id
                                      ) c30 join source s31 on s31.id = c30.source_id cross join lateral unnest(case when c30.credited_outlet is not null then string_to_array(c30.credited_outlet, ',') when c30.credits then array[]::text[] else array[coalesce(s31.publisher, s31.author, '“' || s31.title || '”')] end) as o28(outlet)
                                    ) o27 order by 1 limit 100)), '{"$error":1}'::json) as "outlets"
                                  ) r26
                                ) as "node"
                              ) r25
                            ) as l0, (
                              select row_to_json(r32.*) from (
                                select coalesce(to_json(coalesce((
                                  select in_force(cast(? as date), x33.start_earliest, x33.start_latest, x33.start_precision, x33.end_earliest, x33.end_latest, x33.end_precision) from deal_timing x33 where x33.deal_id = t24.id
                                ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce"
                              ) r32
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
                  select row_to_json(r34.*) from (
                    select 'Event'::text as "__typename"
                  ) r34
                ) from event c35 where c35.id = t7.fact_id limit 1
              ) when 'EXCLUSIVITY_TERM' then (
                select (
                  select row_to_json(r36.*) from (
                    select 'ExclusivityTerm'::text as "__typename"
                  ) r36
                ) from exclusive_term c37 where c37.id = t7.fact_id limit 1
              ) when 'ORGANIZATION' then (
                select (
                  select row_to_json(r38.*) from (
                    select 'Organization'::text as "__typename"
                  ) r38
                ) from organization c39 where c39.id = t7.fact_id limit 1
              ) when 'PERSON' then (
                select (
                  select row_to_json(r40.*) from (
                    select 'Person'::text as "__typename", coalesce(to_json(dg_global_id('Person', c41.slug)), '{"$error":3}'::json) as "id", c41.role as "role", (
                      select row_to_json(z42.*) from (
                        select (
                          select row_to_json(r43.*) from (
                            select a44.cursors[array_length(a44.cursors, 1)] as "endCursor", a44.fetched > ? as "hasNextPage", false as "hasPreviousPage"
                          ) r43
                        ) as "pageInfo" from (
                          select count(*) as fetched, (array_agg(n45.cursor order by n45.ord) filter (where n45.ord <= ?)) as cursors from (
                            select row_number() over (order by t46.sort_0 desc, t46.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t46.sort_0::text)]::text[], t46.id) as cursor from (
                              select q47.*, coalesce(q47.date_latest, q47.date_earliest, '-infinity'::date) as sort_0 from statement q47 where exists (select 1 from statement_speaker sp48 where sp48.statement_id = q47.id and sp48.person_id = c41.id) order by coalesce(q47.date_latest, q47.date_earliest, '-infinity'::date) desc, q47.id desc limit ?
                            ) t46
                          ) n45
                        ) a44
                      ) z42
                    ) as "statements", (
                      select row_to_json(z49.*) from (
                        select (
                          select count(*) from statement q50 where exists (select 1 from statement_speaker sp51 where sp51.statement_id = q50.id and sp51.person_id = c41.id)
                        ) as "totalCount", ('[' || coalesce(a52.l0, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n53.cursor order by n53.ord) filter (where n53.ord <= ?)) as cursors, string_agg(n53.l0::text, ',' order by n53.ord) filter (where n53.ord <= ?) as l0 from (
                            select row_number() over (order by t54.sort_0 desc, t54.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t54.sort_0::text)]::text[], t54.id) as cursor, (
                              select row_to_json(r55.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t54.sort_0::text)]::text[], t54.id) as "cursor", (
                                  select row_to_json(r56.*) from (
                                    select t54.channel as "channel", coalesce(to_json((select count(*)::int from (
                                      select distinct trim(o57.outlet) collate "C" as outlet from (
                                        select cc58.source_id, cc58.credited_outlet, bool_or(cc58.credited_outlet is not null) over (partition by cc58.source_id) as credits from citation cc58 where cc58.statement_id = t54.id
                                      ) c59 join source s60 on s60.id = c59.source_id cross join lateral unnest(case when c59.credited_outlet is not null then string_to_array(c59.credited_outlet, ',') when c59.credits then array[]::text[] else array[coalesce(s60.publisher, s60.author, '“' || s60.title || '”')] end) as o57(outlet)
                                    ) o61)), '{"$error":4}'::json) as "corroboration", coalesce(to_json(array(select o62.outlet from (
                                      select distinct trim(o63.outlet) collate "C" as outlet from (
                                        select cc64.source_id, cc64.credited_outlet, bool_or(cc64.credited_outlet is not null) over (partition by cc64.source_id) as credits from citation cc64 where cc64.statement_id = t54.id
                                      ) c65 join source s66 on s66.id = c65.source_id cross join lateral unnest(case when c65.credited_outlet is not null then string_to_array(c65.credited_outlet, ',') when c65.credits then array[]::text[] else array[coalesce(s66.publisher, s66.author, '“' || s66.title || '”')] end) as o63(outlet)
                                    ) o62 order by 1 limit 100)), '{"$error":5}'::json) as "outlets"
                                  ) r56
                                ) as "node"
                              ) r55
                            ) as l0 from (
                              select q50.*, coalesce(q50.date_latest, q50.date_earliest, '-infinity'::date) as sort_0 from statement q50 where exists (select 1 from statement_speaker sp51 where sp51.statement_id = q50.id and sp51.person_id = c41.id) order by coalesce(q50.date_latest, q50.date_earliest, '-infinity'::date) desc, q50.id desc limit ?
                            ) t54
                          ) n53
                        ) a52
                      ) z49
                    ) as "again3", (
                      select (
                        select row_to_json(r67.*) from (
                          select coalesce(to_json(dg_global_id('Organization', c68.slug)), '{"$error":6}'::json) as "id"
                        ) r67
                      ) from organization c68 where c68.id = c41.organization_id limit 1
                    ) as "organization"
                  ) r40
                ) from person c41 where c41.id = t7.fact_id limit 1
              ) when 'SOURCE' then (
                select (
                  select row_to_json(r69.*) from (
                    select 'Source'::text as "__typename", c70.publisher as "publisher", to_char(c70.published_local_time, 'HH24:MI:SS') as "publishedLocalTime", (
                      select row_to_json(z71.*) from (
                        select (
                          select count(*) from citation q72 where q72.source_id = c70.id
                        ) as "totalCount", ('[' || coalesce(a73.l0, '') || ']')::json as "edges", (
                          select row_to_json(r74.*) from (
                            select a73.fetched > ? as "hasNextPage", false as "hasPreviousPage", a73.cursors[1] as "startCursor", a73.cursors[array_length(a73.cursors, 1)] as "endCursor"
                          ) r74
                        ) as "pageInfo" from (
                          select count(*) as fetched, (array_agg(n75.cursor order by n75.ord) filter (where n75.ord <= ?)) as cursors, string_agg(n75.l0::text, ',' order by n75.ord) filter (where n75.ord <= ?) as l0 from (
                            select row_number() over (order by t76.sort_0, t76.sort_1, t76.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t76.sort_0::text), dg_cursor_value(t76.sort_1::text)]::text[], t76.id) as cursor, (
                              select row_to_json(r77.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t76.sort_0::text), dg_cursor_value(t76.sort_1::text)]::text[], t76.id) as "cursor"
                              ) r77
                            ) as l0 from (
                              select q72.*, q72.source_id as sort_0, q72.start_offset as sort_1 from citation q72 where q72.source_id = c70.id order by q72.source_id, q72.start_offset, q72.id limit ?
                            ) t76
                          ) n75
                        ) a73
                      ) z71
                    ) as "citations"
                  ) r69
                ) from source c70 where c70.id = t7.fact_id limit 1
              ) when 'STATEMENT' then (
                select (
                  select row_to_json(r78.*) from (
                    select 'Statement'::text as "__typename"
                  ) r78
                ) from statement c79 where c79.id = t7.fact_id limit 1
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
