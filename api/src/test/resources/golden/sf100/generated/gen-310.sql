-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", t2.content_sha256 as "contentSha256", t2.title as "title", (
          select row_to_json(z3.*) from (
            select ('[' || coalesce(a4.l0, '') || ']')::json as "edges", ('[' || coalesce(a4.l1, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0, string_agg(n5.l1::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l1 from (
                select row_number() over (order by t6.sort_0, t6.sort_1, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text), dg_cursor_value(t6.sort_1::text)]::text[], t6.id) as cursor, (
                  select row_to_json(r7.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text), dg_cursor_value(t6.sort_1::text)]::text[], t6.id) as "cursor"
                  ) r7
                ) as l0, (
                  select row_to_json(r8.*) from (
                    select t6.excerpt as "excerpt", t6.end_offset as "endOffset", t6.start_offset as "startOffset", coalesce(to_json((
                      select (
                        select row_to_json(r9.*) from (
                          select c10.content_sha256 as "contentSha256", c10.slug as "slug"
                        ) r9
                      ) from source c10 where c10.id = t6.source_id limit 1
                    )), '{"$error":0}'::json) as "source"
                  ) r8
                ) as l1 from (
                  select q11.*, q11.source_id as sort_0, q11.start_offset as sort_1 from citation q11 where q11.source_id = t2.id order by q11.source_id, q11.start_offset, q11.id limit ?
                ) t6
              ) n5
            ) a4
          ) z3
        ) as "citations", (case when t2.published_precision is null then null else (
          select row_to_json(r12.*) from (
            select coalesce(to_json(t2.published_text), '{"$error":1}'::json) as "text"
          ) r12
        ) end) as "published"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: [3,3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,"generated-article-60"]
