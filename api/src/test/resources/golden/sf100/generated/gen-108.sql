-- deals
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.title as "title", t4.status as "status"
            ) r5
          ) as l0 from (
            select q6.*, coalesce(q6.announced_earliest, q6.announced_latest, 'infinity'::date) as sort_0 from deal q6 where true order by coalesce(q6.announced_earliest, q6.announced_latest, 'infinity'::date), q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"ANNOUNCED:ASC",21]
-- sources
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", (
                select row_to_json(r6.*) from (
                  select t4.file_name as "fileName", t4.content_sha256 as "a1", t4.slug as "slug", to_char(t4.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "publishedAt", (case when t4.published_precision is null then null else (
                    select row_to_json(r7.*) from (
                      select coalesce(to_json(dg_fuzzy_display(t4.published_earliest, t4.published_latest, t4.published_precision)), '{"$error":0}'::json) as "display", coalesce(to_json(t4.published_text), '{"$error":1}'::json) as "text"
                    ) r7
                  ) end) as "published", (
                    select row_to_json(z8.*) from (
                      select (
                        select count(*) from citation q9 where q9.source_id = t4.id
                      ) as "totalCount", ('[' || coalesce(a10.l0, '') || ']')::json as "nodes" from (
                        select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors, string_agg(n11.l0::text, ',' order by n11.ord) filter (where n11.ord <= ?) as l0 from (
                          select row_number() over (order by t12.sort_0, t12.sort_1, t12.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text), dg_cursor_value(t12.sort_1::text)]::text[], t12.id) as cursor, (
                            select row_to_json(r13.*) from (
                              select t12.credited_outlet as "creditedOutlet", t12.end_offset as "endOffset"
                            ) r13
                          ) as l0 from (
                            select q9.*, q9.source_id as sort_0, q9.start_offset as sort_1 from citation q9 where q9.source_id = t4.id order by q9.source_id, q9.start_offset, q9.id limit ?
                          ) t12
                        ) n11
                      ) a10
                    ) z8
                  ) as "citations"
                ) r6
              ) as "node"
            ) r5
          ) as l0 from (
            select q14.*, coalesce(q14.published_earliest, q14.published_latest, 'infinity'::date) as sort_0 from source q14 where true order by coalesce(q14.published_earliest, q14.published_latest, 'infinity'::date), q14.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [4,4,"PUBLISHED:ASC","PUBLISHED:ASC",1,1,"SOURCE_POSITION:ASC",2,5]
-- r3
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0 desc, t4.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(t4.title), '{"$error":0}'::json) as "title", coalesce(to_json(t4.score), '{"$error":1}'::json) as "score"
            ) r5
          ) as l0 from (
            select q6.*, q6.score as sort_0 from (
              select d7.*, w8 as tsq, ts_rank_cd(d7.tsv, w8) as score from search_document d7, websearch_to_tsquery('english', ?) w8 where d7.tsv @@ w8
            ) q6 where true order by q6.score desc, q6.id desc limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [7,7,"SCORE:DESC","compute",8]
