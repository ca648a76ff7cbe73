-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.author_note as "authorNote", coalesce(to_json(dg_global_id('Source', t2.slug)), '{"$error":0}'::json) as "id", t2.content_sha256 as "contentSha256", (case when t2.published_precision is null then null else (
          select row_to_json(r3.*) from (
            select t2.published_latest as "latest", coalesce(to_json(t2.published_precision), '{"$error":1}'::json) as "precision", t2.published_earliest as "earliest", coalesce(to_json(t2.published_text), '{"$error":2}'::json) as "text"
          ) r3
        ) end) as "published", (
          select row_to_json(z4.*) from (
            select (
              select count(*) from citation q5 where q5.source_id = t2.id
            ) as "totalCount", (
              select row_to_json(r6.*) from (
                select a7.fetched > ? as "hasNextPage", false as "hasPreviousPage", a7.cursors[array_length(a7.cursors, 1)] as "endCursor", a7.cursors[1] as "a3"
              ) r6
            ) as "pageInfo", ('[' || coalesce(a7.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
                select row_number() over (order by t9.sort_0, t9.sort_1, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text), dg_cursor_value(t9.sort_1::text)]::text[], t9.id) as cursor, (
                  select row_to_json(r10.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text), dg_cursor_value(t9.sort_1::text)]::text[], t9.id) as "cursor"
                  ) r10
                ) as l0 from (
                  select q5.*, q5.source_id as sort_0, q5.start_offset as sort_1 from citation q5 where q5.source_id = t2.id order by q5.source_id, q5.start_offset, q5.id limit ?
                ) t9
              ) n8
            ) a7
          ) z4
        ) as "citations"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: [2,2,2,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",3,"generated-article-61"]
