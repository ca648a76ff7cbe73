-- search
select (
  (
    select row_to_json(z1.*) from (
      select case when a2.fetched > 0 then array[]::text[] else array(select s3.word from (select distinct on (m4.word) m4.word, w5.at, m4.rank from unnest(cast(? as text[])) with ordinality w5(word, at) cross join lateral (select sw6.word, row_number() over (order by similarity(sw6.word, w5.word) desc, sw6.ndoc desc, sw6.word) as rank from search_word sw6 where sw6.word % w5.word order by similarity(sw6.word, w5.word) desc, sw6.ndoc desc, sw6.word limit 3) m4 where not exists (select 1 from search_word k7 where k7.word = w5.word) order by m4.word, w5.at, m4.rank) s3 order by s3.at, s3.rank) end as "suggestions", ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
          select row_number() over (order by t9.sort_0 desc, t9.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor, (
            select row_to_json(r10.*) from (
              select coalesce(to_json(t9.score), '{"$error":0}'::json) as "score", coalesce(to_json(t9.kind), '{"$error":1}'::json) as "kind", coalesce(to_json(t9.title), '{"$error":2}'::json) as "title", coalesce(to_json((case t9.kind when 'COMMITMENT' then (
                select (
                  select row_to_json(r11.*) from (
                    select 'Commitment'::text as "__typename"
                  ) r11
                ) from commitment c12 where c12.id = t9.fact_id limit 1
              ) when 'DEAL' then (
                select (
                  select row_to_json(r13.*) from (
                    select 'Deal'::text as "__typename"
                  ) r13
                ) from deal c14 where c14.id = t9.fact_id limit 1
              ) when 'EVENT' then (
                select (
                  select row_to_json(r15.*) from (
                    select 'Event'::text as "__typename"
                  ) r15
                ) from event c16 where c16.id = t9.fact_id limit 1
              ) when 'EXCLUSIVITY_TERM' then (
                select (
                  select row_to_json(r17.*) from (
                    select 'ExclusivityTerm'::text as "__typename"
                  ) r17
                ) from exclusive_term c18 where c18.id = t9.fact_id limit 1
              ) when 'ORGANIZATION' then (
                select (
                  select row_to_json(r19.*) from (
                    select 'Organization'::text as "__typename", c20.description as "description", coalesce(to_json(array(select a21.value from organization_alias a21 where a21.organization_id = c20.id and a21.kind = 'TICKER' order by a21.value limit 100)), '{"$error":3}'::json) as "tickers"
                  ) r19
                ) from organization c20 where c20.id = t9.fact_id limit 1
              ) when 'PERSON' then (
                select (
                  select row_to_json(r22.*) from (
                    select 'Person'::text as "__typename"
                  ) r22
                ) from person c23 where c23.id = t9.fact_id limit 1
              ) when 'SOURCE' then (
                select (
                  select row_to_json(r24.*) from (
                    select 'Source'::text as "__typename"
                  ) r24
                ) from source c25 where c25.id = t9.fact_id limit 1
              ) when 'STATEMENT' then (
                select (
                  select row_to_json(r26.*) from (
                    select 'Statement'::text as "__typename"
                  ) r26
                ) from statement c27 where c27.id = t9.fact_id limit 1
              ) end)), '{"$error":4}'::json) as "node"
            ) r10
          ) as l0 from (
            select q28.*, q28.score as sort_0 from (
              select d29.*, w30 as tsq, ts_rank_cd(d29.tsv, w30) as score from search_document d29, websearch_to_tsquery('english', ?) w30 where d29.tsv @@ w30
            ) q28 where true order by q28.score desc, q28.id desc limit ?
          ) t9
        ) n8
      ) a2
    ) z1
  )
)::text
-- values: [["restructuring"],2,2,"SCORE:DESC","restructuring",3]
-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.channel as "channel", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.statement_id = t2.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o3(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", t2.slug as "slug", coalesce(to_json(array(select o8.outlet from (
          select distinct trim(o9.outlet) collate "C" as outlet from (
            select cc10.source_id, cc10.credited_outlet, bool_or(cc10.credited_outlet is not null) over (partition by cc10.source_id) as credits from citation cc10 where cc10.statement_id = t2.id
          ) c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') when c11.credits then array[]::text[] else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o9(outlet)
        ) o8 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", (
          select row_to_json(z13.*) from (
            select (
              select count(*) from citation q14 where q14.statement_id = t2.id
            ) as "totalCount", ('[' || coalesce(a15.l0, '') || ']')::json as "edges", ('[' || coalesce(a15.l1, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n16.cursor order by n16.ord) filter (where n16.ord <= ?)) as cursors, string_agg(n16.l0::text, ',' order by n16.ord) filter (where n16.ord <= ?) as l0, string_agg(n16.l1::text, ',' order by n16.ord) filter (where n16.ord <= ?) as l1 from (
                select row_number() over (order by t17.sort_0, t17.sort_1, t17.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t17.sort_0::text), dg_cursor_value(t17.sort_1::text)]::text[], t17.id) as cursor, (
                  select row_to_json(r18.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t17.sort_0::text), dg_cursor_value(t17.sort_1::text)]::text[], t17.id) as "cursor", (
                      select row_to_json(r19.*) from (
                        select t17.end_offset as "a0"
                      ) r19
                    ) as "node"
                  ) r18
                ) as l0, (
                  select row_to_json(r20.*) from (
                    select t17.start_offset as "startOffset"
                  ) r20
                ) as l1 from (
                  select q14.*, q14.source_id as sort_0, q14.start_offset as sort_1 from citation q14 where q14.statement_id = t2.id order by q14.source_id, q14.start_offset, q14.id limit ?
                ) t17
              ) n16
            ) a15
          ) z13
        ) as "citations"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: [2,2,2,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",3,"dresser-memo-microsoft-limited-our-ability"]
