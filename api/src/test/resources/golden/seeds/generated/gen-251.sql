-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.url as "url", to_char(t2.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "publishedAt", (
          select row_to_json(z3.*) from (
            select (
              select count(*) from citation q4 where q4.source_id = t2.id
            ) as "a0", (
              select row_to_json(r5.*) from (
                select exists (
                  select 1 from citation q4 where (q4.source_id = t2.id) and (not (q4.source_id, q4.start_offset, q4.id) > (cast(? as bigint), cast(? as integer), ?))
                ) as "hasPreviousPage", a6.cursors[1] as "startCursor", a6.fetched > ? as "hasNextPage", a6.cursors[array_length(a6.cursors, 1)] as "endCursor"
              ) r5
            ) as "pageInfo", ('[' || coalesce(a6.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
                select row_number() over (order by t8.sort_0, t8.sort_1, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text), dg_cursor_value(t8.sort_1::text)]::text[], t8.id) as cursor, (
                  select row_to_json(r9.*) from (
                    select t8.start_offset as "startOffset"
                  ) r9
                ) as l0 from (
                  select q4.*, q4.source_id as sort_0, q4.start_offset as sort_1 from citation q4 where (q4.source_id = t2.id) and ((q4.source_id, q4.start_offset, q4.id) > (cast(? as bigint), cast(? as integer), ?)) order by q4.source_id, q4.start_offset, q4.id limit ?
                ) t8
              ) n7
            ) a6
          ) z3
        ) as "citations", (
          select row_to_json(z10.*) from (
            select (
              select count(*) from citation q11 where q11.source_id = t2.id
            ) as "totalCount", ('[' || coalesce(a12.l0, '') || ']')::json as "nodes", (
              select row_to_json(r13.*) from (
                select a12.fetched > ? as "hasNextPage", false as "hasPreviousPage", a12.cursors[1] as "startCursor", a12.cursors[array_length(a12.cursors, 1)] as "a3"
              ) r13
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors, string_agg(n14.l0::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l0 from (
                select row_number() over (order by t15.sort_0, t15.sort_1, t15.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text), dg_cursor_value(t15.sort_1::text)]::text[], t15.id) as cursor, (
                  select row_to_json(r16.*) from (
                    select t15.excerpt as "excerpt", t15.end_offset as "endOffset", coalesce(to_json((
                      select (
                        select row_to_json(r17.*) from (
                          select c18.publisher as "publisher"
                        ) r17
                      ) from source c18 where c18.id = t15.source_id limit 1
                    )), '{"$error":0}'::json) as "source"
                  ) r16
                ) as l0 from (
                  select q11.*, q11.source_id as sort_0, q11.start_offset as sort_1 from citation q11 where q11.source_id = t2.id order by q11.source_id, q11.start_offset, q11.id limit ?
                ) t15
              ) n14
            ) a12
          ) z10
        ) as "again3", (case when t2.published_precision is null then null else (
          select row_to_json(r19.*) from (
            select coalesce(to_json(t2.published_precision), '{"$error":1}'::json) as "precision", coalesce(to_json(dg_fuzzy_display(t2.published_earliest, t2.published_latest, t2.published_precision)), '{"$error":2}'::json) as "display", coalesce(to_json(t2.published_text), '{"$error":3}'::json) as "a2"
          ) r19
        ) end) as "published"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2","482",74,1,1,1,"SOURCE_POSITION:ASC","2","482",74,2,20,20,20,"SOURCE_POSITION:ASC",21,"openai-deepens-amazon-ties-2026-04-13"]
