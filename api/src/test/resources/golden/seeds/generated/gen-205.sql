-- nodes
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Statement'::text as "__typename"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["microsoft-openai-joint-statement-evolve-partnership"]
-- search
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select d2.*, w3 as tsq, ts_rank_cd(d2.tsv, w3) as score from search_document d2, websearch_to_tsquery('english', ?) w3 where d2.tsv @@ w3
        ) q4 where true
      ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
          select row_number() over (order by t7.sort_0 desc, t7.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
            select row_to_json(r8.*) from (
              select coalesce(to_json(t7.kind), '{"$error":0}'::json) as "a0", coalesce(to_json(replace(replace(replace(replace(replace(replace(replace(btrim(regexp_replace(ts_headline('english', t7.body, t7.tsq, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxFragments=2, MinWords=6, MaxWords=24, FragmentDelimiter=" … "'), E'[ \\t\\n\\x0b\\f\\r]+', ' ', 'g'), ' '), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;'), chr(1), '<mark>'), chr(2), '</mark>')), '{"$error":1}'::json) as "snippet", coalesce(to_json(t7.title), '{"$error":2}'::json) as "title", coalesce(to_json(t7.score), '{"$error":3}'::json) as "score"
            ) r8
          ) as l0 from (
            select q4.*, q4.score as sort_0 from (
              select d2.*, w3 as tsq, ts_rank_cd(d2.tsv, w3) as score from search_document d2, websearch_to_tsquery('english', ?) w3 where d2.tsv @@ w3
            ) q4 where true order by q4.score desc, q4.id desc limit ?
          ) t7
        ) n6
      ) a5
    ) z1
  )
)::text
-- values: ["Stargate",20,20,"SCORE:DESC","Stargate",21]
