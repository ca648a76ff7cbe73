-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.url as "a0", t2.slug as "slug", t2.title as "title", to_char(t2.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "publishedAt", (case when t2.published_precision is null then null else (
          select row_to_json(r3.*) from (
            select t2.published_earliest as "a0"
          ) r3
        ) end) as "published", (
          select row_to_json(z4.*) from (
            select (
              select count(*) from citation q5 where q5.source_id = t2.id
            ) as "totalCount", (
              select row_to_json(r6.*) from (
                select a7.cursors[array_length(a7.cursors, 1)] as "endCursor", false as "hasPreviousPage", a7.fetched > ? as "hasNextPage", a7.cursors[1] as "startCursor"
              ) r6
            ) as "pageInfo", ('[' || coalesce(a7.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
                select row_number() over (order by t9.sort_0, t9.sort_1, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text), dg_cursor_value(t9.sort_1::text)]::text[], t9.id) as cursor, (
                  select row_to_json(r10.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text), dg_cursor_value(t9.sort_1::text)]::text[], t9.id) as "cursor", (
                      select row_to_json(r11.*) from (
                        select t9.excerpt as "excerpt", t9.end_offset as "endOffset", t9.start_offset as "startOffset", t9.credited_outlet as "creditedOutlet"
                      ) r11
                    ) as "node"
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
-- values: [1,1,1,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",2,"generated-article-6"]
