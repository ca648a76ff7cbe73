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
                        select 'ExclusivityTerm'::text as "__typename", coalesce(to_json(c15.scope), '{"$error":4}'::json) as "scope", coalesce(to_json(c15.status), '{"$error":5}'::json) as "status", coalesce(to_json((select count(*)::int from (
                          select distinct trim(o16.outlet) collate "C" as outlet from (
                            select cc17.source_id, cc17.credited_outlet, bool_or(cc17.credited_outlet is not null) over (partition by cc17.source_id) as credits from citation cc17 where cc17.exclusivity_term_id = c15.id
                          ) c18 join source s19 on s19.id = c18.source_id cross join lateral unnest(case when c18.credited_outlet is not null then string_to_array(c18.credited_outlet, ',') when c18.credits then array[]::text[] else array[coalesce(s19.publisher, s19.author, '“' || s19.title || '”')] end) as o16(outlet)
                        ) o20)), '{"$error":6}'::json) as "corroboration"
                      ) r14
                    ) from exclusive_term c15 where c15.id = t5.fact_id limit 1
                  ) when 'ORGANIZATION' then (
                    select (
                      select row_to_json(r21.*) from (
                        select 'Organization'::text as "__typename"
                      ) r21
                    ) from organization c22 where c22.id = t5.fact_id limit 1
                  ) when 'PERSON' then (
                    select (
                      select row_to_json(r23.*) from (
                        select 'Person'::text as "__typename"
                      ) r23
                    ) from person c24 where c24.id = t5.fact_id limit 1
                  ) when 'SOURCE' then (
                    select (
                      select row_to_json(r25.*) from (
                        select 'Source'::text as "__typename"
                      ) r25
                    ) from source c26 where c26.id = t5.fact_id limit 1
                  ) when 'STATEMENT' then (
                    select (
                      select row_to_json(r27.*) from (
                        select 'Statement'::text as "__typename"
                      ) r27
                    ) from statement c28 where c28.id = t5.fact_id limit 1
                  ) end)), '{"$error":7}'::json) as "node"
                ) r7
              ) as "node"
            ) r6
          ) as l0 from (
            select q29.*, q29.score as sort_0 from (
              select d30.*, w31 as tsq, ts_rank_cd(d30.tsv, w31) as score from search_document d30, websearch_to_tsquery('english', ?) w31 where d30.tsv @@ w31
            ) q29 where (q29.kind = any(cast(? as text[]))) and ((q29.score, q29.id) < (cast(? as real), ?)) order by q29.score desc, q29.id desc limit ?
          ) t5
        ) n4
      ) a2
    ) z1
  )
)::text
-- values: [6,6,6,"SCORE:DESC","SCORE:DESC","billion",["STATEMENT"],"0.1",6597069766657,7]
