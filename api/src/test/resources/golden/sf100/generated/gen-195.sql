-- r1
select (
  (
    select row_to_json(z1.*) from (
      select case when a2.fetched > 0 then array[]::text[] else array(select s3.word from (select distinct on (m4.word) m4.word, w5.at, m4.rank from unnest(cast(? as text[])) with ordinality w5(word, at) cross join lateral (select sw6.word, row_number() over (order by similarity(sw6.word, w5.word) desc, sw6.ndoc desc, sw6.word) as rank from search_word sw6 where sw6.word % w5.word order by similarity(sw6.word, w5.word) desc, sw6.ndoc desc, sw6.word limit 3) m4 where not exists (select 1 from search_word k7 where k7.word = w5.word) order by m4.word, w5.at, m4.rank) s3 order by s3.at, s3.rank) end as "suggestions", (
        select row_to_json(r8.*) from (
          select a2.cursors[1] as "startCursor", a2.cursors[array_length(a2.cursors, 1)] as "endCursor"
        ) r8
      ) as "pageInfo", ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors, string_agg(n9.l0::text, ',' order by n9.ord) filter (where n9.ord <= ?) as l0 from (
          select row_number() over (order by t10.sort_0 desc, t10.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text)]::text[], t10.id) as cursor, (
            select row_to_json(r11.*) from (
              select coalesce(to_json(replace(replace(replace(replace(replace(replace(replace(btrim(regexp_replace(ts_headline('english', t10.body, t10.tsq, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxFragments=2, MinWords=6, MaxWords=24, FragmentDelimiter=" … "'), E'[ \\t\\n\\x0b\\f\\r]+', ' ', 'g'), ' '), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;'), chr(1), '<mark>'), chr(2), '</mark>')), '{"$error":0}'::json) as "a0", coalesce(to_json(t10.title), '{"$error":1}'::json) as "a1", coalesce(to_json((case t10.kind when 'COMMITMENT' then (
                select (
                  select row_to_json(r12.*) from (
                    select 'Commitment'::text as "__typename"
                  ) r12
                ) from commitment c13 where c13.id = t10.fact_id limit 1
              ) when 'DEAL' then (
                select (
                  select row_to_json(r14.*) from (
                    select 'Deal'::text as "__typename"
                  ) r14
                ) from deal c15 where c15.id = t10.fact_id limit 1
              ) when 'EVENT' then (
                select (
                  select row_to_json(r16.*) from (
                    select 'Event'::text as "__typename"
                  ) r16
                ) from event c17 where c17.id = t10.fact_id limit 1
              ) when 'EXCLUSIVITY_TERM' then (
                select (
                  select row_to_json(r18.*) from (
                    select 'ExclusivityTerm'::text as "__typename"
                  ) r18
                ) from exclusive_term c19 where c19.id = t10.fact_id limit 1
              ) when 'ORGANIZATION' then (
                select (
                  select row_to_json(r20.*) from (
                    select 'Organization'::text as "__typename", c21.description as "description", coalesce(to_json(array(select a22.value from organization_alias a22 where a22.organization_id = c21.id and a22.kind = 'ALIAS' order by a22.value limit 100)), '{"$error":2}'::json) as "aliases", c21.kind as "kind"
                  ) r20
                ) from organization c21 where c21.id = t10.fact_id limit 1
              ) when 'PERSON' then (
                select (
                  select row_to_json(r23.*) from (
                    select 'Person'::text as "__typename", c24.role as "role", c24.name as "name", c24.slug as "slug", coalesce(to_json((select count(*)::int from (
                      select distinct trim(o25.outlet) collate "C" as outlet from (
                        select cc26.source_id, cc26.credited_outlet, bool_or(cc26.credited_outlet is not null) over (partition by cc26.source_id) as credits from citation cc26 where cc26.person_id = c24.id
                      ) c27 join source s28 on s28.id = c27.source_id cross join lateral unnest(case when c27.credited_outlet is not null then string_to_array(c27.credited_outlet, ',') when c27.credits then array[]::text[] else array[coalesce(s28.publisher, s28.author, '“' || s28.title || '”')] end) as o25(outlet)
                    ) o29)), '{"$error":3}'::json) as "corroboration"
                  ) r23
                ) from person c24 where c24.id = t10.fact_id limit 1
              ) when 'SOURCE' then (
                select (
                  select row_to_json(r30.*) from (
                    select 'Source'::text as "__typename"
                  ) r30
                ) from source c31 where c31.id = t10.fact_id limit 1
              ) when 'STATEMENT' then (
                select (
                  select row_to_json(r32.*) from (
                    select 'Statement'::text as "__typename"
                  ) r32
                ) from statement c33 where c33.id = t10.fact_id limit 1
              ) end)), '{"$error":4}'::json) as "node"
            ) r11
          ) as l0 from (
            select q34.*, q34.score as sort_0 from (
              select d35.*, w36 as tsq, ts_rank_cd(d35.tsv, w36) as score from search_document d35, websearch_to_tsquery('english', ?) w36 where d35.tsv @@ w36
            ) q34 where q34.kind = any(cast(? as text[])) order by q34.score desc, q34.id desc limit ?
          ) t10
        ) n9
      ) a2
    ) z1
  )
)::text
-- values: [["azure"],5,5,"SCORE:DESC","Azure",["SOURCE"],6]
