-- r1
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor"
            ) r5
          ) as l0 from (
            select q6.*, coalesce(q6.published_earliest, q6.published_latest, 'infinity'::date) as sort_0 from source q6 where (true) and ((coalesce(q6.published_earliest, q6.published_latest, 'infinity'::date), q6.id) > (cast(? as date), ?)) order by coalesce(q6.published_earliest, q6.published_latest, 'infinity'::date), q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [7,7,"PUBLISHED:ASC","PUBLISHED:ASC","2026-04-13",3,8]
-- r2
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.content_sha256 as "contentSha256", t4.author_note as "authorNote", (
                select row_to_json(z6.*) from (
                  select (
                    select row_to_json(r7.*) from (
                      select a8.fetched > ? as "hasNextPage", a8.cursors[array_length(a8.cursors, 1)] as "endCursor"
                    ) r7
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors from (
                      select row_number() over (order by t10.sort_0, t10.sort_1, t10.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text), dg_cursor_value(t10.sort_1::text)]::text[], t10.id) as cursor from (
                        select q11.*, q11.source_id as sort_0, q11.start_offset as sort_1 from citation q11 where q11.source_id = t4.id order by q11.source_id, q11.start_offset, q11.id limit ?
                      ) t10
                    ) n9
                  ) a8
                ) z6
              ) as "citations"
            ) r5
          ) as l0 from (
            select q12.*, coalesce(q12.published_earliest, q12.published_latest, 'infinity'::date) as sort_0 from source q12 where (true) and ((coalesce(q12.published_earliest, q12.published_latest, 'infinity'::date), q12.id) > (cast(? as date), ?)) order by coalesce(q12.published_earliest, q12.published_latest, 'infinity'::date), q12.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"PUBLISHED:ASC",2,2,"SOURCE_POSITION:ASC",3,"infinity",2,21]
