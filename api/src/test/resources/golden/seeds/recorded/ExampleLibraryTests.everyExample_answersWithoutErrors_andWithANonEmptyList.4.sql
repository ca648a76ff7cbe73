-- search
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select d2.*, w3 as tsq, ts_rank_cd(d2.tsv, w3) as score from search_document d2, websearch_to_tsquery('english', ?) w3 where d2.tsv @@ w3
        ) q4 where true
      ) as "totalCount", case when a5.fetched > 0 then array[]::text[] else array(select s6.word from (select distinct on (m7.word) m7.word, w8.at, m7.rank from unnest(cast(? as text[])) with ordinality w8(word, at) cross join lateral (select sw9.word, row_number() over (order by similarity(sw9.word, w8.word) desc, sw9.ndoc desc, sw9.word) as rank from search_word sw9 where sw9.word % w8.word order by similarity(sw9.word, w8.word) desc, sw9.ndoc desc, sw9.word limit 3) m7 where not exists (select 1 from search_word k10 where k10.word = w8.word) order by m7.word, w8.at, m7.rank) s6 order by s6.at, s6.rank) end as "suggestions", ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors, string_agg(n11.l0::text, ',' order by n11.ord) filter (where n11.ord <= ?) as l0 from (
          select row_number() over (order by t12.sort_0 desc, t12.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text)]::text[], t12.id) as cursor, (
            select row_to_json(r13.*) from (
              select coalesce(to_json(t12.kind), '{"$error":0}'::json) as "kind", coalesce(to_json(t12.title), '{"$error":1}'::json) as "title", coalesce(to_json(t12.score), '{"$error":2}'::json) as "score", coalesce(to_json(replace(replace(replace(replace(replace(replace(replace(btrim(regexp_replace(ts_headline('english', t12.body, t12.tsq, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxFragments=2, MinWords=6, MaxWords=24, FragmentDelimiter=" … "'), E'[ \\t\\n\\x0b\\f\\r]+', ' ', 'g'), ' '), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;'), chr(1), '<mark>'), chr(2), '</mark>')), '{"$error":3}'::json) as "snippet", coalesce(to_json((case t12.kind when 'COMMITMENT' then (
                select (
                  select row_to_json(r14.*) from (
                    select c15.description as "description", (case when c15.amount is null then null else (
                      select row_to_json(r16.*) from (
                        select coalesce(to_json(dg_quantity_text(c15.amount, c15.unit, c15.currency, c15.count_of, c15.qualifier)), '{"$error":4}'::json) as "text"
                      ) r16
                    ) end) as "quantity"
                  ) r14
                ) from commitment c15 where c15.id = t12.fact_id limit 1
              ) when 'DEAL' then (
                select '{}'::json from deal c17 where c17.id = t12.fact_id limit 1
              ) when 'EVENT' then (
                select '{}'::json from event c18 where c18.id = t12.fact_id limit 1
              ) when 'EXCLUSIVITY_TERM' then (
                select '{}'::json from exclusive_term c19 where c19.id = t12.fact_id limit 1
              ) when 'ORGANIZATION' then (
                select '{}'::json from organization c20 where c20.id = t12.fact_id limit 1
              ) when 'PERSON' then (
                select '{}'::json from person c21 where c21.id = t12.fact_id limit 1
              ) when 'SOURCE' then (
                select (
                  select row_to_json(r22.*) from (
                    select c23.title as "title", c23.publisher as "publisher"
                  ) r22
                ) from source c23 where c23.id = t12.fact_id limit 1
              ) when 'STATEMENT' then (
                select (
                  select row_to_json(r24.*) from (
                    select c25.quote as "quote"
                  ) r24
                ) from statement c25 where c25.id = t12.fact_id limit 1
              ) end)), '{"$error":5}'::json) as "node"
            ) r13
          ) as l0 from (
            select q4.*, q4.score as sort_0 from (
              select d2.*, w3 as tsq, ts_rank_cd(d2.tsv, w3) as score from search_document d2, websearch_to_tsquery('english', ?) w3 where d2.tsv @@ w3
            ) q4 where true order by q4.score desc, q4.id desc limit ?
          ) t12
        ) n11
      ) a5
    ) z1
  )
)::text
-- values: ["Trainium",["trainium"],10,10,"SCORE:DESC","Trainium",11]
