-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.content_sha256 as "contentSha256", t2.url as "url", (
          select row_to_json(z3.*) from (
            select ('[' || coalesce(a4.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
                select row_number() over (order by t6.sort_0, t6.sort_1, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text), dg_cursor_value(t6.sort_1::text)]::text[], t6.id) as cursor, (
                  select row_to_json(r7.*) from (
                    select t6.start_offset as "startOffset", t6.end_offset as "endOffset", t6.credited_outlet as "creditedOutlet", coalesce(to_json((
                      select (
                        select row_to_json(r8.*) from (
                          select c9.author as "author", c9.author_note as "authorNote", to_char(c9.published_local_time, 'HH24:MI:SS') as "publishedLocalTime"
                        ) r8
                      ) from source c9 where c9.id = t6.source_id limit 1
                    )), '{"$error":0}'::json) as "source"
                  ) r7
                ) as l0 from (
                  select q10.*, q10.source_id as sort_0, q10.start_offset as sort_1 from citation q10 where (q10.source_id = t2.id) and ((q10.source_id, q10.start_offset, q10.id) > (cast(? as bigint), cast(? as integer), ?)) order by q10.source_id, q10.start_offset, q10.id limit ?
                ) t6
              ) n5
            ) a4
          ) z3
        ) as "citations"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: [2,2,"SOURCE_POSITION:ASC","10000055","4",192,3,"generated-article-21"]
