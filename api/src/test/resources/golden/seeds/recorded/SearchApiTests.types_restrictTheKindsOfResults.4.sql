-- search
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select d2.*, w3 as tsq, ts_rank_cd(d2.tsv, w3) as score from search_document d2, websearch_to_tsquery('english', ?) w3 where d2.tsv @@ w3
        ) q4 where q4.kind = any(cast(? as text[]))
      ) as "totalCount", case when a5.fetched > 0 then array[]::text[] else array(select s6.word from (select distinct on (m7.word) m7.word, w8.at, m7.rank from unnest(cast(? as text[])) with ordinality w8(word, at) cross join lateral (select sw9.word, row_number() over (order by similarity(sw9.word, w8.word) desc, sw9.ndoc desc, sw9.word) as rank from search_word sw9 where sw9.word % w8.word order by similarity(sw9.word, w8.word) desc, sw9.ndoc desc, sw9.word limit 3) m7 where not exists (select 1 from search_word k10 where k10.word = w8.word) order by m7.word, w8.at, m7.rank) s6 order by s6.at, s6.rank) end as "suggestions", (
        select row_to_json(r11.*) from (
          select a5.fetched > ? as "hasNextPage", false as "hasPreviousPage", a5.cursors[1] as "startCursor", a5.cursors[array_length(a5.cursors, 1)] as "endCursor"
        ) r11
      ) as "pageInfo", ('[' || coalesce(a5.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n12.cursor order by n12.ord) filter (where n12.ord <= ?)) as cursors, string_agg(n12.l0::text, ',' order by n12.ord) filter (where n12.ord <= ?) as l0 from (
          select row_number() over (order by t13.sort_0 desc, t13.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t13.sort_0::text)]::text[], t13.id) as cursor, (
            select row_to_json(r14.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t13.sort_0::text)]::text[], t13.id) as "cursor", (
                select row_to_json(r15.*) from (
                  select coalesce(to_json(t13.kind), '{"$error":0}'::json) as "kind", coalesce(to_json(t13.title), '{"$error":1}'::json) as "title", coalesce(to_json(t13.score), '{"$error":2}'::json) as "score", coalesce(to_json(replace(replace(replace(replace(replace(replace(replace(btrim(regexp_replace(ts_headline('english', t13.body, t13.tsq, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxFragments=2, MinWords=6, MaxWords=24, FragmentDelimiter=" … "'), E'[ \\t\\n\\x0b\\f\\r]+', ' ', 'g'), ' '), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;'), chr(1), '<mark>'), chr(2), '</mark>')), '{"$error":3}'::json) as "snippet", coalesce(to_json((case t13.kind when 'COMMITMENT' then (
                    select (
                      select row_to_json(r16.*) from (
                        select 'Commitment'::text as "__typename", coalesce(to_json(dg_global_id('Commitment', c17.slug)), '{"$error":4}'::json) as "id", c17.slug as "slug"
                      ) r16
                    ) from commitment c17 where c17.id = t13.fact_id limit 1
                  ) when 'DEAL' then (
                    select (
                      select row_to_json(r18.*) from (
                        select 'Deal'::text as "__typename", coalesce(to_json(dg_global_id('Deal', c19.slug)), '{"$error":5}'::json) as "id", c19.slug as "slug"
                      ) r18
                    ) from deal c19 where c19.id = t13.fact_id limit 1
                  ) when 'EVENT' then (
                    select (
                      select row_to_json(r20.*) from (
                        select 'Event'::text as "__typename", coalesce(to_json(dg_global_id('Event', c21.slug)), '{"$error":6}'::json) as "id", c21.slug as "slug"
                      ) r20
                    ) from event c21 where c21.id = t13.fact_id limit 1
                  ) when 'EXCLUSIVITY_TERM' then (
                    select (
                      select row_to_json(r22.*) from (
                        select 'ExclusivityTerm'::text as "__typename", coalesce(to_json(dg_global_id('ExclusivityTerm', c23.slug)), '{"$error":7}'::json) as "id", coalesce(to_json(c23.slug), '{"$error":8}'::json) as "slug"
                      ) r22
                    ) from exclusive_term c23 where c23.id = t13.fact_id limit 1
                  ) when 'ORGANIZATION' then (
                    select (
                      select row_to_json(r24.*) from (
                        select 'Organization'::text as "__typename", coalesce(to_json(dg_global_id('Organization', c25.slug)), '{"$error":9}'::json) as "id", c25.slug as "slug"
                      ) r24
                    ) from organization c25 where c25.id = t13.fact_id limit 1
                  ) when 'PERSON' then (
                    select (
                      select row_to_json(r26.*) from (
                        select 'Person'::text as "__typename", coalesce(to_json(dg_global_id('Person', c27.slug)), '{"$error":10}'::json) as "id", c27.slug as "slug"
                      ) r26
                    ) from person c27 where c27.id = t13.fact_id limit 1
                  ) when 'SOURCE' then (
                    select (
                      select row_to_json(r28.*) from (
                        select 'Source'::text as "__typename", coalesce(to_json(dg_global_id('Source', c29.slug)), '{"$error":11}'::json) as "id", c29.slug as "slug"
                      ) r28
                    ) from source c29 where c29.id = t13.fact_id limit 1
                  ) when 'STATEMENT' then (
                    select (
                      select row_to_json(r30.*) from (
                        select 'Statement'::text as "__typename", coalesce(to_json(dg_global_id('Statement', c31.slug)), '{"$error":12}'::json) as "id", c31.slug as "slug"
                      ) r30
                    ) from statement c31 where c31.id = t13.fact_id limit 1
                  ) end)), '{"$error":13}'::json) as "node"
                ) r15
              ) as "node"
            ) r14
          ) as l0 from (
            select q4.*, q4.score as sort_0 from (
              select d2.*, w3 as tsq, ts_rank_cd(d2.tsv, w3) as score from search_document d2, websearch_to_tsquery('english', ?) w3 where d2.tsv @@ w3
            ) q4 where q4.kind = any(cast(? as text[])) order by q4.score desc, q4.id desc limit ?
          ) t13
        ) n12
      ) a5
    ) z1
  )
)::text
-- values: ["Bedrock",["EVENT"],["bedrock"],20,20,20,"SCORE:DESC","SCORE:DESC","Bedrock",["EVENT"],21]
