-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Source', t2.slug)), '{"$error":0}'::json) as "id", t2.author_note as "authorNote", t2.url as "a2", (
          select row_to_json(z3.*) from (
            select (
              select row_to_json(r4.*) from (
                select a5.fetched > ? as "hasNextPage", false as "hasPreviousPage", a5.cursors[array_length(a5.cursors, 1)] as "endCursor", a5.cursors[1] as "startCursor"
              ) r4
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors from (
                select row_number() over (order by t7.sort_0, t7.sort_1, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text), dg_cursor_value(t7.sort_1::text)]::text[], t7.id) as cursor from (
                  select q8.*, q8.source_id as sort_0, q8.start_offset as sort_1 from citation q8 where q8.source_id = t2.id order by q8.source_id, q8.start_offset, q8.id limit ?
                ) t7
              ) n6
            ) a5
          ) z3
        ) as "citations", (case when t2.published_precision is null then null else (
          select row_to_json(r9.*) from (
            select t2.published_latest as "latest", coalesce(to_json(dg_fuzzy_display(t2.published_earliest, t2.published_latest, t2.published_precision)), '{"$error":1}'::json) as "display"
          ) r9
        ) end) as "published"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: [3,3,"SOURCE_POSITION:ASC",4,"openai-shifts-strategic-focus-toward-amazon-2026-04-13"]
-- r2
select (
  (
    select (
      select row_to_json(r1.*) from (
        select to_char(t2.published_local_time, 'HH24:MI:SS') as "publishedLocalTime", t2.author as "author", coalesce(to_json(dg_global_id('Source', t2.slug)), '{"$error":0}'::json) as "id", (
          select row_to_json(z3.*) from (
            select (
              select row_to_json(r4.*) from (
                select a5.cursors[1] as "startCursor"
              ) r4
            ) as "pageInfo", ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
                select row_number() over (order by t7.sort_0, t7.sort_1, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text), dg_cursor_value(t7.sort_1::text)]::text[], t7.id) as cursor, (
                  select row_to_json(r8.*) from (
                    select t7.credited_outlet as "creditedOutlet", t7.start_offset as "a1", coalesce(to_json((
                      select (
                        select row_to_json(r9.*) from (
                          select coalesce(to_json(c10.content), '{"$error":1}'::json) as "text", coalesce(to_json(dg_global_id('Source', c10.slug)), '{"$error":2}'::json) as "id", to_char(c10.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "publishedAt", c10.author as "author"
                        ) r9
                      ) from source c10 where c10.id = t7.source_id limit 1
                    )), '{"$error":3}'::json) as "source"
                  ) r8
                ) as l0 from (
                  select q11.*, q11.source_id as sort_0, q11.start_offset as sort_1 from citation q11 where (q11.source_id = t2.id) and ((q11.source_id, q11.start_offset, q11.id) > (cast(? as bigint), cast(? as integer), ?)) order by q11.source_id, q11.start_offset, q11.id limit ?
                ) t7
              ) n6
            ) a5
          ) z3
        ) as "citations", (case when t2.published_precision is null then null else (
          select row_to_json(r12.*) from (
            select t2.published_latest as "latest", t2.published_earliest as "earliest"
          ) r12
        ) end) as "published"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: [1,1,"SOURCE_POSITION:ASC","5","466",31,2,"cloud-politics-heat-up"]
