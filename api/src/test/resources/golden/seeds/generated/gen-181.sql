-- r1
select (
  (
    select row_to_json(z1.*) from (
      select case when a2.fetched > 0 then array[]::text[] else array(select s3.word from (select distinct on (m4.word) m4.word, w5.at, m4.rank from unnest(cast(? as text[])) with ordinality w5(word, at) cross join lateral (select sw6.word, row_number() over (order by similarity(sw6.word, w5.word) desc, sw6.ndoc desc, sw6.word) as rank from search_word sw6 where sw6.word % w5.word order by similarity(sw6.word, w5.word) desc, sw6.ndoc desc, sw6.word limit 3) m4 where not exists (select 1 from search_word k7 where k7.word = w5.word) order by m4.word, w5.at, m4.rank) s3 order by s3.at, s3.rank) end as "suggestions", ('[' || coalesce(a2.l0, '') || ']')::json as "nodes", ('[' || coalesce(a2.l1, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0, string_agg(n8.l1::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l1 from (
          select row_number() over (order by t9.sort_0 desc, t9.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor, (
            select row_to_json(r10.*) from (
              select coalesce(to_json(t9.score), '{"$error":0}'::json) as "score", coalesce(to_json((case t9.kind when 'COMMITMENT' then (
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
                    select 'Event'::text as "__typename", coalesce(to_json(array(select o16.outlet from (
                      select distinct trim(o17.outlet) collate "C" as outlet from citation c18 join source s19 on s19.id = c18.source_id cross join lateral unnest(case when c18.credited_outlet is not null then string_to_array(c18.credited_outlet, ',') else array[coalesce(s19.publisher, s19.author, '“' || s19.title || '”')] end) as o17(outlet) where c18.event_id = c20.id
                    ) o16 order by 1 limit 100)), '{"$error":1}'::json) as "a0", c20.slug as "slug"
                  ) r15
                ) from event c20 where c20.id = t9.fact_id limit 1
              ) when 'EXCLUSIVITY_TERM' then (
                select (
                  select row_to_json(r21.*) from (
                    select 'ExclusivityTerm'::text as "__typename"
                  ) r21
                ) from exclusivity_term c22 where c22.id = t9.fact_id limit 1
              ) when 'ORGANIZATION' then (
                select (
                  select row_to_json(r23.*) from (
                    select 'Organization'::text as "__typename", coalesce(to_json(array(select a24.value from organization_alias a24 where a24.organization_id = c25.id and a24.kind = 'TICKER' order by a24.value limit 100)), '{"$error":2}'::json) as "tickers", (
                      select ('[' || coalesce(string_agg((
                        select row_to_json(r26.*) from (
                          select coalesce(to_json(array(select a27.value from organization_alias a27 where a27.organization_id = c28.id and a27.kind = 'TICKER' order by a27.value limit 100)), '{"$error":3}'::json) as "tickers", coalesce(to_json(dg_global_id('Organization', c28.slug)), '{"$error":4}'::json) as "id", coalesce(to_json(array(select a29.value from organization_alias a29 where a29.organization_id = c28.id and a29.kind = 'ALIAS' order by a29.value limit 100)), '{"$error":5}'::json) as "aliases"
                        ) r26
                      )::text, ',' order by c28.name, c28.id), '') || ']')::json from (
                        select c28.* from organization c28 where c28.parent_id = c25.id order by c28.name, c28.id limit ?
                      ) c28 where true
                    ) as "units"
                  ) r23
                ) from organization c25 where c25.id = t9.fact_id limit 1
              ) when 'PERSON' then (
                select (
                  select row_to_json(r30.*) from (
                    select 'Person'::text as "__typename"
                  ) r30
                ) from person c31 where c31.id = t9.fact_id limit 1
              ) when 'SOURCE' then (
                select (
                  select row_to_json(r32.*) from (
                    select 'Source'::text as "__typename"
                  ) r32
                ) from source c33 where c33.id = t9.fact_id limit 1
              ) when 'STATEMENT' then (
                select (
                  select row_to_json(r34.*) from (
                    select 'Statement'::text as "__typename"
                  ) r34
                ) from statement c35 where c35.id = t9.fact_id limit 1
              ) end)), '{"$error":6}'::json) as "node"
            ) r10
          ) as l0, (
            select row_to_json(r36.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as "cursor"
            ) r36
          ) as l1 from (
            select q37.*, q37.score as sort_0 from (
              select d38.*, w39 as tsq, ts_rank_cd(d38.tsv, w39) as score from search_document d38, websearch_to_tsquery('english', ?) w39 where d38.tsv @@ w39
            ) q37 where true order by q37.score desc, q37.id desc limit ?
          ) t9
        ) n8
      ) a2
    ) z1
  )
)::text
-- values: [["stateless"],3,3,3,"SCORE:DESC",50,"SCORE:DESC","stateless",4]
-- r2
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from organization q2 where true
      ) as "totalCount", (
        select row_to_json(r3.*) from (
          select a4.cursors[1] as "startCursor", exists (
            select 1 from organization q2 where (true) and (not ((lower(q2.name)) collate "C", q2.id) > (cast(? as text) collate "C", ?))
          ) as "hasPreviousPage", a4.fetched > ? as "hasNextPage", a4.cursors[array_length(a4.cursors, 1)] as "endCursor"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor from (
            select q2.*, (lower(q2.name)) collate "C" as sort_0 from organization q2 where (true) and (((lower(q2.name)) collate "C", q2.id) > (cast(? as text) collate "C", ?)) order by (lower(q2.name)) collate "C", q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: ["microsoft",2,20,20,"NAME:ASC","microsoft",2,21]
