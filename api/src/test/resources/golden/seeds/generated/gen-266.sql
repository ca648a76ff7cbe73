-- events
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from event q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor"
            ) r6
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from event q2 where true order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [2,2,"DATE:ASC","DATE:ASC",3]
-- r2
select (
  (
    select row_to_json(z1.*) from (
      select case when a2.fetched > 0 then array[]::text[] else array(select s3.word from (select distinct on (m4.word) m4.word, w5.at, m4.rank from unnest(cast(? as text[])) with ordinality w5(word, at) cross join lateral (select sw6.word, row_number() over (order by similarity(sw6.word, w5.word) desc, sw6.ndoc desc, sw6.word) as rank from search_word sw6 where sw6.word % w5.word order by similarity(sw6.word, w5.word) desc, sw6.ndoc desc, sw6.word limit 3) m4 where not exists (select 1 from search_word k7 where k7.word = w5.word) order by m4.word, w5.at, m4.rank) s3 order by s3.at, s3.rank) end as "suggestions", (
        select row_to_json(r8.*) from (
          select a2.cursors[array_length(a2.cursors, 1)] as "endCursor"
        ) r8
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors from (
          select row_number() over (order by t10.sort_0 desc, t10.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text)]::text[], t10.id) as cursor from (
            select q11.*, q11.score as sort_0 from (
              select d12.*, w13 as tsq, ts_rank_cd(d12.tsv, w13) as score from search_document d12, websearch_to_tsquery('english', ?) w13 where d12.tsv @@ w13
            ) q11 where (true) and ((q11.score, q11.id) < (cast(? as real), ?)) order by q11.score desc, q11.id desc limit ?
          ) t10
        ) n9
      ) a2
    ) z1
  )
)::text
-- values: [[],1,"SCORE:DESC","Trainum","0.4",5497558138882,2]
