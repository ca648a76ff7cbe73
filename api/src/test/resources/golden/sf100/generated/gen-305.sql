-- search
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select d2.*, w3 as tsq, ts_rank_cd(d2.tsv, w3) as score from search_document d2, websearch_to_tsquery('english', ?) w3 where d2.tsv @@ w3
        ) q4 where true
      ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "nodes", (
        select row_to_json(r6.*) from (
          select a5.fetched > ? as "hasNextPage"
        ) r6
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
          select row_number() over (order by t8.sort_0 desc, t8.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
            select row_to_json(r9.*) from (
              select coalesce(to_json(replace(replace(replace(replace(replace(replace(replace(btrim(regexp_replace(ts_headline('english', t8.body, t8.tsq, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxFragments=2, MinWords=6, MaxWords=24, FragmentDelimiter=" … "'), E'[ \\t\\n\\x0b\\f\\r]+', ' ', 'g'), ' '), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;'), chr(1), '<mark>'), chr(2), '</mark>')), '{"$error":0}'::json) as "snippet"
            ) r9
          ) as l0 from (
            select q4.*, q4.score as sort_0 from (
              select d2.*, w3 as tsq, ts_rank_cd(d2.tsv, w3) as score from search_document d2, websearch_to_tsquery('english', ?) w3 where d2.tsv @@ w3
            ) q4 where true order by q4.score desc, q4.id desc limit ?
          ) t8
        ) n7
      ) a5
    ) z1
  )
)::text
-- values: ["stateless",1,1,1,"SCORE:DESC","stateless",2]
