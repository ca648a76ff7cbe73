-- search
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[array_length(a3.cursors, 1)] as "a0", false as "hasPreviousPage", a3.fetched > ? as "hasNextPage"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0 desc, t5.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select coalesce(to_json(t5.score), '{"$error":0}'::json) as "score", coalesce(to_json(t5.kind), '{"$error":1}'::json) as "a1", coalesce(to_json(replace(replace(replace(replace(replace(replace(replace(btrim(regexp_replace(ts_headline('english', t5.body, t5.tsq, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxFragments=2, MinWords=6, MaxWords=24, FragmentDelimiter=" … "'), E'[ \\t\\n\\x0b\\f\\r]+', ' ', 'g'), ' '), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;'), chr(1), '<mark>'), chr(2), '</mark>')), '{"$error":2}'::json) as "snippet"
            ) r6
          ) as l0 from (
            select q7.*, q7.score as sort_0 from (
              select d8.*, w9 as tsq, ts_rank_cd(d8.tsv, w9) as score from search_document d8, websearch_to_tsquery('english', ?) w9 where d8.tsv @@ w9
            ) q7 where q7.kind = any(cast(? as text[])) order by q7.score desc, q7.id desc limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [1,1,1,"SCORE:DESC","Bedrock",["PERSON"],2]
