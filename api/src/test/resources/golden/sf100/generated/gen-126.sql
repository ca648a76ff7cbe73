-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", coalesce(to_json(dg_global_id('Statement', t2.slug)), '{"$error":0}'::json) as "id", (
          select row_to_json(z3.*) from (
            select (
              select row_to_json(r4.*) from (
                select a5.cursors[array_length(a5.cursors, 1)] as "endCursor", false as "hasPreviousPage", a5.fetched > ? as "hasNextPage", a5.cursors[1] as "startCursor"
              ) r4
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors from (
                select row_number() over (order by t7.sort_0, t7.sort_1, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text), dg_cursor_value(t7.sort_1::text)]::text[], t7.id) as cursor from (
                  select q8.*, q8.source_id as sort_0, q8.start_offset as sort_1 from citation q8 where q8.statement_id = t2.id order by q8.source_id, q8.start_offset, q8.id limit ?
                ) t7
              ) n6
            ) a5
          ) z3
        ) as "citations"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: [3,3,"SOURCE_POSITION:ASC",4,"statement-5693"]
-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", t2.name as "name", (
          select row_to_json(z3.*) from (
            select ('[' || coalesce(a4.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
                select row_number() over (order by t6.sort_0, t6.sort_1, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text), dg_cursor_value(t6.sort_1::text)]::text[], t6.id) as cursor, (
                  select row_to_json(r7.*) from (
                    select t6.end_offset as "endOffset", t6.excerpt as "excerpt", t6.credited_outlet as "creditedOutlet", t6.start_offset as "startOffset", coalesce(to_json((
                      select (
                        select row_to_json(r8.*) from (
                          select c9.author as "author", to_char(c9.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "publishedAt", c9.author_note as "authorNote", c9.slug as "slug"
                        ) r8
                      ) from source c9 where c9.id = t6.source_id limit 1
                    )), '{"$error":0}'::json) as "source"
                  ) r7
                ) as l0 from (
                  select q10.*, q10.source_id as sort_0, q10.start_offset as sort_1 from citation q10 where (q10.person_id = t2.id) and ((q10.source_id, q10.start_offset, q10.id) > (cast(? as bigint), cast(? as integer), ?)) order by q10.source_id, q10.start_offset, q10.id limit ?
                ) t6
              ) n5
            ) a4
          ) z3
        ) as "citations"
      ) r1
    ) from person t2 where t2.slug = ? limit 1
  )
)::text
-- values: [1,1,"SOURCE_POSITION:ASC","10000055","4",192,2,"alex-kowalski-16"]
