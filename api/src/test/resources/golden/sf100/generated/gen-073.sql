-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(t2.status), '{"$error":0}'::json) as "status", coalesce(to_json(t2.slug), '{"$error":1}'::json) as "slug"
      ) r1
    ) from exclusive_term t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["exclusivity-4196"]
-- search
select (
  (
    select row_to_json(z1.*) from (
      select case when a2.fetched > 0 then array[]::text[] else array(select s3.word from (select distinct on (m4.word) m4.word, w5.at, m4.rank from unnest(cast(? as text[])) with ordinality w5(word, at) cross join lateral (select sw6.word, row_number() over (order by similarity(sw6.word, w5.word) desc, sw6.ndoc desc, sw6.word) as rank from search_word sw6 where sw6.word % w5.word order by similarity(sw6.word, w5.word) desc, sw6.ndoc desc, sw6.word limit 3) m4 where not exists (select 1 from search_word k7 where k7.word = w5.word) order by m4.word, w5.at, m4.rank) s3 order by s3.at, s3.rank) end as "a0", ('[' || coalesce(a2.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
          select row_number() over (order by t9.sort_0 desc, t9.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor, (
            select row_to_json(r10.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as "cursor"
            ) r10
          ) as l0 from (
            select q11.*, q11.score as sort_0 from (
              select d12.*, w13 as tsq, ts_rank_cd(d12.tsv, w13) as score from search_document d12, websearch_to_tsquery('english', ?) w13 where d12.tsv @@ w13
            ) q11 where true order by q11.score desc, q11.id desc limit ?
          ) t9
        ) n8
      ) a2
    ) z1
  )
)::text
-- values: [["bedrock"],2,2,"SCORE:DESC","SCORE:DESC","Bedrock",3]
