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
                      select distinct trim(o17.outlet) collate "C" as outlet from (
                        select cc18.source_id, cc18.credited_outlet, bool_or(cc18.credited_outlet is not null) over (partition by cc18.source_id) as credits from citation cc18 where cc18.event_id = c19.id
                      ) c20 join source s21 on s21.id = c20.source_id cross join lateral unnest(case when c20.credited_outlet is not null then string_to_array(c20.credited_outlet, ',') when c20.credits then array[]::text[] else array[coalesce(s21.publisher, s21.author, '“' || s21.title || '”')] end) as o17(outlet)
                    ) o16 order by 1 limit 100)), '{"$error":1}'::json) as "a0", c19.slug as "slug"
                  ) r15
                ) from event c19 where c19.id = t9.fact_id limit 1
              ) when 'EXCLUSIVITY_TERM' then (
                select (
                  select row_to_json(r22.*) from (
                    select 'ExclusivityTerm'::text as "__typename"
                  ) r22
                ) from exclusive_term c23 where c23.id = t9.fact_id limit 1
              ) when 'ORGANIZATION' then (
                select (
                  select row_to_json(r24.*) from (
                    select 'Organization'::text as "__typename", coalesce(to_json(array(select a25.value from organization_alias a25 where a25.organization_id = c26.id and a25.kind = 'TICKER' order by a25.value limit 100)), '{"$error":2}'::json) as "tickers", (
                      select ('[' || coalesce(string_agg((
                        select row_to_json(r27.*) from (
                          select coalesce(to_json(array(select a28.value from organization_alias a28 where a28.organization_id = c29.id and a28.kind = 'TICKER' order by a28.value limit 100)), '{"$error":3}'::json) as "tickers", coalesce(to_json(dg_global_id('Organization', c29.slug)), '{"$error":4}'::json) as "id", coalesce(to_json(array(select a30.value from organization_alias a30 where a30.organization_id = c29.id and a30.kind = 'ALIAS' order by a30.value limit 100)), '{"$error":5}'::json) as "aliases"
                        ) r27
                      )::text, ',' order by c29.name, c29.id), '') || ']')::json from (
                        select c29.* from organization c29 where c29.parent_id = c26.id order by c29.name, c29.id limit ?
                      ) c29 where true
                    ) as "units"
                  ) r24
                ) from organization c26 where c26.id = t9.fact_id limit 1
              ) when 'PERSON' then (
                select (
                  select row_to_json(r31.*) from (
                    select 'Person'::text as "__typename"
                  ) r31
                ) from person c32 where c32.id = t9.fact_id limit 1
              ) when 'SOURCE' then (
                select (
                  select row_to_json(r33.*) from (
                    select 'Source'::text as "__typename"
                  ) r33
                ) from source c34 where c34.id = t9.fact_id limit 1
              ) when 'STATEMENT' then (
                select (
                  select row_to_json(r35.*) from (
                    select 'Statement'::text as "__typename"
                  ) r35
                ) from statement c36 where c36.id = t9.fact_id limit 1
              ) end)), '{"$error":6}'::json) as "node"
            ) r10
          ) as l0, (
            select row_to_json(r37.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as "cursor"
            ) r37
          ) as l1 from (
            select q38.*, q38.score as sort_0 from (
              select d39.*, w40 as tsq, ts_rank_cd(d39.tsv, w40) as score from search_document d39, websearch_to_tsquery('english', ?) w40 where d39.tsv @@ w40
            ) q38 where true order by q38.score desc, q38.id desc limit ?
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
