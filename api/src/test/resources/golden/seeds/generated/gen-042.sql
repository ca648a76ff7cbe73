-- search
select (
  (
    select row_to_json(z1.*) from (
      select case when a2.fetched > 0 then array[]::text[] else array(select s3.word from (select distinct on (m4.word) m4.word, w5.at, m4.rank from unnest(cast(? as text[])) with ordinality w5(word, at) cross join lateral (select sw6.word, row_number() over (order by similarity(sw6.word, w5.word) desc, sw6.ndoc desc, sw6.word) as rank from search_word sw6 where sw6.word % w5.word order by similarity(sw6.word, w5.word) desc, sw6.ndoc desc, sw6.word limit 3) m4 where not exists (select 1 from search_word k7 where k7.word = w5.word) order by m4.word, w5.at, m4.rank) s3 order by s3.at, s3.rank) end as "suggestions", (
        select row_to_json(r8.*) from (
          select a2.cursors[1] as "startCursor", a2.fetched > ? as "hasNextPage", false as "a2", a2.cursors[array_length(a2.cursors, 1)] as "endCursor"
        ) r8
      ) as "pageInfo", ('[' || coalesce(a2.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors, string_agg(n9.l0::text, ',' order by n9.ord) filter (where n9.ord <= ?) as l0 from (
          select row_number() over (order by t10.sort_0 desc, t10.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text)]::text[], t10.id) as cursor, (
            select row_to_json(r11.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text)]::text[], t10.id) as "a0"
            ) r11
          ) as l0 from (
            select q12.*, q12.score as sort_0 from (
              select d13.*, w14 as tsq, ts_rank_cd(d13.tsv, w14) as score from search_document d13, websearch_to_tsquery('english', ?) w14 where d13.tsv @@ w14
            ) q12 where true order by q12.score desc, q12.id desc limit ?
          ) t10
        ) n9
      ) a2
    ) z1
  )
)::text
-- values: [["licence"],2,2,2,"SCORE:DESC","SCORE:DESC","licence",3]
-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select a2.value from organization_alias a2 where a2.organization_id = t3.id and a2.kind = 'ALIAS' order by a2.value limit 100)), '{"$error":0}'::json) as "aliases", coalesce(to_json(dg_global_id('Organization', t3.slug)), '{"$error":1}'::json) as "id", (
          select row_to_json(z4.*) from (
            select (
              select count(*) from citation q5 where q5.organization_id = t3.id
            ) as "totalCount", (
              select row_to_json(r6.*) from (
                select a7.fetched > ? as "hasNextPage", a7.cursors[1] as "a1", a7.cursors[array_length(a7.cursors, 1)] as "endCursor"
              ) r6
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors from (
                select row_number() over (order by t9.sort_0, t9.sort_1, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text), dg_cursor_value(t9.sort_1::text)]::text[], t9.id) as cursor from (
                  select q5.*, q5.source_id as sort_0, q5.start_offset as sort_1 from citation q5 where q5.organization_id = t3.id order by q5.source_id, q5.start_offset, q5.id limit ?
                ) t9
              ) n8
            ) a7
          ) z4
        ) as "citations"
      ) r1
    ) from organization t3 where t3.slug = ? limit 1
  )
)::text
-- values: [2,2,"SOURCE_POSITION:ASC",3,"mgx"]
