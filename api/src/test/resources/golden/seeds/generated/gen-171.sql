-- search
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select d2.*, w3 as tsq, ts_rank_cd(d2.tsv, w3) as score from search_document d2, websearch_to_tsquery('english', ?) w3 where d2.tsv @@ w3
        ) q4 where true
      ) as "totalCount", (
        select row_to_json(r5.*) from (
          select a6.cursors[array_length(a6.cursors, 1)] as "endCursor", a6.cursors[1] as "startCursor", exists (
            select 1 from (
              select d2.*, w3 as tsq, ts_rank_cd(d2.tsv, w3) as score from search_document d2, websearch_to_tsquery('english', ?) w3 where d2.tsv @@ w3
            ) q4 where (true) and (not (q4.score, q4.id) < (cast(? as real), ?))
          ) as "hasPreviousPage", a6.fetched > ? as "hasNextPage"
        ) r5
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors from (
          select row_number() over (order by t8.sort_0 desc, t8.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor from (
            select q4.*, q4.score as sort_0 from (
              select d2.*, w3 as tsq, ts_rank_cd(d2.tsv, w3) as score from search_document d2, websearch_to_tsquery('english', ?) w3 where d2.tsv @@ w3
            ) q4 where (true) and ((q4.score, q4.id) < (cast(? as real), ?)) order by q4.score desc, q4.id desc limit ?
          ) t8
        ) n7
      ) a6
    ) z1
  )
)::text
-- values: ["Bedrock","Bedrock","1.4",1099511627783,20,20,"SCORE:DESC","Bedrock","1.4",1099511627783,21]
