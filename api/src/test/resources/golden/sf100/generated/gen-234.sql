-- search
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges", (
        select row_to_json(r3.*) from (
          select a2.fetched > ? as "hasNextPage", a2.cursors[array_length(a2.cursors, 1)] as "endCursor", a2.cursors[1] as "startCursor"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0 desc, t5.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "a0", (
                select row_to_json(r7.*) from (
                  select coalesce(to_json(t5.kind), '{"$error":0}'::json) as "kind", coalesce(to_json(t5.score), '{"$error":1}'::json) as "score", coalesce(to_json(t5.title), '{"$error":2}'::json) as "title", coalesce(to_json(replace(replace(replace(replace(replace(replace(replace(btrim(regexp_replace(ts_headline('english', t5.body, t5.tsq, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxFragments=2, MinWords=6, MaxWords=24, FragmentDelimiter=" … "'), E'[ \\t\\n\\x0b\\f\\r]+', ' ', 'g'), ' '), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;'), chr(1), '<mark>'), chr(2), '</mark>')), '{"$error":3}'::json) as "snippet", coalesce(to_json((case t5.kind when 'COMMITMENT' then (
                    select (
                      select row_to_json(r8.*) from (
                        select 'Commitment'::text as "__typename"
                      ) r8
                    ) from commitment c9 where c9.id = t5.fact_id limit 1
                  ) when 'DEAL' then (
                    select (
                      select row_to_json(r10.*) from (
                        select 'Deal'::text as "__typename"
                      ) r10
                    ) from deal c11 where c11.id = t5.fact_id limit 1
                  ) when 'EVENT' then (
                    select (
                      select row_to_json(r12.*) from (
                        select 'Event'::text as "__typename"
                      ) r12
                    ) from event c13 where c13.id = t5.fact_id limit 1
                  ) when 'EXCLUSIVITY_TERM' then (
                    select (
                      select row_to_json(r14.*) from (
                        select 'ExclusivityTerm'::text as "__typename", c15.scope as "scope", c15.status as "status", coalesce(to_json((select count(*)::int from (
                          select distinct trim(o16.outlet) collate "C" as outlet from citation c17 join source s18 on s18.id = c17.source_id cross join lateral unnest(case when c17.credited_outlet is not null then string_to_array(c17.credited_outlet, ',') else array[coalesce(s18.publisher, s18.author, '“' || s18.title || '”')] end) as o16(outlet) where c17.exclusivity_term_id = c15.id
                        ) o19)), '{"$error":4}'::json) as "corroboration"
                      ) r14
                    ) from exclusivity_term c15 where c15.id = t5.fact_id limit 1
                  ) when 'ORGANIZATION' then (
                    select (
                      select row_to_json(r20.*) from (
                        select 'Organization'::text as "__typename"
                      ) r20
                    ) from organization c21 where c21.id = t5.fact_id limit 1
                  ) when 'PERSON' then (
                    select (
                      select row_to_json(r22.*) from (
                        select 'Person'::text as "__typename"
                      ) r22
                    ) from person c23 where c23.id = t5.fact_id limit 1
                  ) when 'SOURCE' then (
                    select (
                      select row_to_json(r24.*) from (
                        select 'Source'::text as "__typename"
                      ) r24
                    ) from source c25 where c25.id = t5.fact_id limit 1
                  ) when 'STATEMENT' then (
                    select (
                      select row_to_json(r26.*) from (
                        select 'Statement'::text as "__typename"
                      ) r26
                    ) from statement c27 where c27.id = t5.fact_id limit 1
                  ) end)), '{"$error":5}'::json) as "node"
                ) r7
              ) as "node"
            ) r6
          ) as l0 from (
            select q28.*, q28.score as sort_0 from (
              select d29.*, w30 as tsq, ts_rank_cd(d29.tsv, w30) as score from search_document d29, websearch_to_tsquery('english', ?) w30 where d29.tsv @@ w30
            ) q28 where (q28.kind = any(cast(? as text[]))) and ((q28.score, q28.id) < (cast(? as real), ?)) order by q28.score desc, q28.id desc limit ?
          ) t5
        ) n4
      ) a2
    ) z1
  )
)::text
-- values: [6,6,6,"SCORE:DESC","SCORE:DESC","billion",["STATEMENT"],"0.1",6597069766657,7]
