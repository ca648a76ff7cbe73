-- search
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0 desc, t4.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(t4.kind), '{"$error":0}'::json) as "kind", coalesce(to_json(replace(replace(replace(replace(replace(replace(replace(btrim(regexp_replace(ts_headline('english', t4.body, t4.tsq, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxFragments=2, MinWords=6, MaxWords=24, FragmentDelimiter=" … "'), E'[ \\t\\n\\x0b\\f\\r]+', ' ', 'g'), ' '), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;'), chr(1), '<mark>'), chr(2), '</mark>')), '{"$error":1}'::json) as "snippet", coalesce(to_json(t4.score), '{"$error":2}'::json) as "score", coalesce(to_json(t4.title), '{"$error":3}'::json) as "title", coalesce(to_json((case t4.kind when 'COMMITMENT' then (
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
                    select 'Person'::text as "__typename", coalesce(to_json(array(select o17.outlet from (
                      select distinct trim(o18.outlet) collate "C" as outlet from (
                        select cc19.source_id, cc19.credited_outlet, bool_or(cc19.credited_outlet is not null) over (partition by cc19.source_id) as credits from citation cc19 where cc19.person_id = c20.id
                      ) c21 join source s22 on s22.id = c21.source_id cross join lateral unnest(case when c21.credited_outlet is not null then string_to_array(c21.credited_outlet, ',') when c21.credits then array[]::text[] else array[coalesce(s22.publisher, s22.author, '“' || s22.title || '”')] end) as o18(outlet)
                    ) o17 order by 1 limit 100)), '{"$error":4}'::json) as "outlets", c20.role as "role"
                  ) r16
                ) from person c20 where c20.id = t4.fact_id limit 1
              ) when 'SOURCE' then (
                select (
                  select row_to_json(r23.*) from (
                    select 'Source'::text as "__typename"
                  ) r23
                ) from source c24 where c24.id = t4.fact_id limit 1
              ) when 'STATEMENT' then (
                select (
                  select row_to_json(r25.*) from (
                    select 'Statement'::text as "__typename"
                  ) r25
                ) from statement c26 where c26.id = t4.fact_id limit 1
              ) end)), '{"$error":5}'::json) as "node"
            ) r5
          ) as l0 from (
            select q27.*, q27.score as sort_0 from (
              select d28.*, w29 as tsq, ts_rank_cd(d28.tsv, w29) as score from search_document d28, websearch_to_tsquery('english', ?) w29 where d28.tsv @@ w29
            ) q27 where true order by q27.score desc, q27.id desc limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [1,1,"SCORE:DESC","chips",2]
