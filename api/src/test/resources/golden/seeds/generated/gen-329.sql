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
              select coalesce(to_json(t12.title), '{"$error":0}'::json) as "title"
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
-- values: ["Trainum",["trainum"],20,20,"SCORE:DESC","Trainum",21]
