-- organizations
select (
  '{"$error":0}'::json
)::text
-- values: []
-- r2
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.fetched > ? as "hasNextPage", a3.cursors[1] as "startCursor", a3.cursors[array_length(a3.cursors, 1)] as "endCursor"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0 desc, t5.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor", (
                select row_to_json(r7.*) from (
                  select coalesce(to_json(replace(replace(replace(replace(replace(replace(replace(btrim(regexp_replace(ts_headline('english', t5.body, t5.tsq, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxFragments=2, MinWords=6, MaxWords=24, FragmentDelimiter=" … "'), E'[ \\t\\n\\x0b\\f\\r]+', ' ', 'g'), ' '), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;'), chr(1), '<mark>'), chr(2), '</mark>')), '{"$error":0}'::json) as "snippet", coalesce(to_json(t5.kind), '{"$error":1}'::json) as "kind", coalesce(to_json(t5.score), '{"$error":2}'::json) as "score"
                ) r7
              ) as "node"
            ) r6
          ) as l0 from (
            select q8.*, q8.score as sort_0 from (
              select d9.*, w10 as tsq, ts_rank_cd(d9.tsv, w10) as score from search_document d9, websearch_to_tsquery('english', ?) w10 where d9.tsv @@ w10
            ) q8 where q8.kind = any(cast(? as text[])) order by q8.score desc, q8.id desc limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [3,3,3,"SCORE:DESC","SCORE:DESC","Azure",["ORGANIZATION"],4]
