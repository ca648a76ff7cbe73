-- r1
select (
  (
    select row_to_json(z1.*) from (
      select case when a2.fetched > 0 then array[]::text[] else array(select s3.word from (select distinct on (m4.word) m4.word, w5.at, m4.rank from unnest(cast(? as text[])) with ordinality w5(word, at) cross join lateral (select sw6.word, row_number() over (order by similarity(sw6.word, w5.word) desc, sw6.ndoc desc, sw6.word) as rank from search_word sw6 where sw6.word % w5.word order by similarity(sw6.word, w5.word) desc, sw6.ndoc desc, sw6.word limit 3) m4 where not exists (select 1 from search_word k7 where k7.word = w5.word) order by m4.word, w5.at, m4.rank) s3 order by s3.at, s3.rank) end as "suggestions", (
        select row_to_json(r8.*) from (
          select a2.fetched > ? as "hasNextPage", exists (
            select 1 from (
              select d9.*, w10 as tsq, ts_rank_cd(d9.tsv, w10) as score from search_document d9, websearch_to_tsquery('english', ?) w10 where d9.tsv @@ w10
            ) q11 where (q11.kind = any(cast(? as text[]))) and (not (q11.score, q11.id) < (cast(? as real), ?))
          ) as "a1", a2.cursors[1] as "startCursor"
        ) r8
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n12.cursor order by n12.ord) filter (where n12.ord <= ?)) as cursors from (
          select row_number() over (order by t13.sort_0 desc, t13.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t13.sort_0::text)]::text[], t13.id) as cursor from (
            select q11.*, q11.score as sort_0 from (
              select d9.*, w10 as tsq, ts_rank_cd(d9.tsv, w10) as score from search_document d9, websearch_to_tsquery('english', ?) w10 where d9.tsv @@ w10
            ) q11 where (q11.kind = any(cast(? as text[]))) and ((q11.score, q11.id) < (cast(? as real), ?)) order by q11.score desc, q11.id desc limit ?
          ) t13
        ) n12
      ) a2
    ) z1
  )
)::text
-- values: [[],20,"Oracle",["EVENT","COMMITMENT"],"1.4",1099511627783,20,"SCORE:DESC","Oracle",["EVENT","COMMITMENT"],"1.4",1099511627783,21]
-- r2
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Statement'::text as "__typename"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r3.*) from (
        select 'Statement'::text as "__typename"
      ) r3
    ) from statement t4 where t4.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["dresser-remarks-benefits-of-work-with-amazon","microsoft-openai-joint-statement-evolve-partnership"]
