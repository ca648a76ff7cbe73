-- search
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select d2.*, w3 as tsq, ts_rank_cd(d2.tsv, w3) as score from search_document d2, websearch_to_tsquery('english', ?) w3 where d2.tsv @@ w3
        ) q4 where q4.kind = any(cast(? as text[]))
      ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "edges", ('[' || coalesce(a5.l1, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0, string_agg(n6.l1::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l1 from (
          select row_number() over (order by t7.sort_0 desc, t7.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
            select row_to_json(r8.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as "cursor", (
                select row_to_json(r9.*) from (
                  select coalesce(to_json(t7.kind), '{"$error":0}'::json) as "kind"
                ) r9
              ) as "node"
            ) r8
          ) as l0, (
            select row_to_json(r10.*) from (
              select coalesce(to_json(t7.title), '{"$error":1}'::json) as "title", coalesce(to_json((case t7.kind when 'COMMITMENT' then (
                select (
                  select row_to_json(r11.*) from (
                    select 'Commitment'::text as "__typename"
                  ) r11
                ) from commitment c12 where c12.id = t7.fact_id limit 1
              ) when 'DEAL' then (
                select (
                  select row_to_json(r13.*) from (
                    select 'Deal'::text as "__typename"
                  ) r13
                ) from deal c14 where c14.id = t7.fact_id limit 1
              ) when 'EVENT' then (
                select (
                  select row_to_json(r15.*) from (
                    select 'Event'::text as "__typename"
                  ) r15
                ) from event c16 where c16.id = t7.fact_id limit 1
              ) when 'EXCLUSIVITY_TERM' then (
                select (
                  select row_to_json(r17.*) from (
                    select 'ExclusivityTerm'::text as "__typename"
                  ) r17
                ) from exclusive_term c18 where c18.id = t7.fact_id limit 1
              ) when 'ORGANIZATION' then (
                select (
                  select row_to_json(r19.*) from (
                    select 'Organization'::text as "__typename"
                  ) r19
                ) from organization c20 where c20.id = t7.fact_id limit 1
              ) when 'PERSON' then (
                select (
                  select row_to_json(r21.*) from (
                    select 'Person'::text as "__typename"
                  ) r21
                ) from person c22 where c22.id = t7.fact_id limit 1
              ) when 'SOURCE' then (
                select (
                  select row_to_json(r23.*) from (
                    select 'Source'::text as "__typename", coalesce(to_json(dg_global_id('Source', c24.slug)), '{"$error":2}'::json) as "id", c24.url as "url", c24.author_note as "authorNote", (
                      select row_to_json(z25.*) from (
                        select (
                          select count(*) from citation q26 where q26.source_id = c24.id
                        ) as "a0", (
                          select row_to_json(r27.*) from (
                            select a28.fetched > ? as "hasNextPage", a28.cursors[1] as "startCursor", a28.cursors[array_length(a28.cursors, 1)] as "endCursor"
                          ) r27
                        ) as "pageInfo" from (
                          select count(*) as fetched, (array_agg(n29.cursor order by n29.ord) filter (where n29.ord <= ?)) as cursors from (
                            select row_number() over (order by t30.sort_0, t30.sort_1, t30.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t30.sort_0::text), dg_cursor_value(t30.sort_1::text)]::text[], t30.id) as cursor from (
                              select q26.*, q26.source_id as sort_0, q26.start_offset as sort_1 from citation q26 where q26.source_id = c24.id order by q26.source_id, q26.start_offset, q26.id limit ?
                            ) t30
                          ) n29
                        ) a28
                      ) z25
                    ) as "citations"
                  ) r23
                ) from source c24 where c24.id = t7.fact_id limit 1
              ) when 'STATEMENT' then (
                select (
                  select row_to_json(r31.*) from (
                    select 'Statement'::text as "__typename"
                  ) r31
                ) from statement c32 where c32.id = t7.fact_id limit 1
              ) end)), '{"$error":3}'::json) as "node"
            ) r10
          ) as l1 from (
            select q4.*, q4.score as sort_0 from (
              select d2.*, w3 as tsq, ts_rank_cd(d2.tsv, w3) as score from search_document d2, websearch_to_tsquery('english', ?) w3 where d2.tsv @@ w3
            ) q4 where q4.kind = any(cast(? as text[])) order by q4.score desc, q4.id desc limit ?
          ) t7
        ) n6
      ) a5
    ) z1
  )
)::text
-- values: ["Bedrock",["SOURCE","DEAL"],20,20,20,"SCORE:DESC","SCORE:DESC",3,3,"SOURCE_POSITION:ASC",4,"Bedrock",["SOURCE","DEAL"],21]
