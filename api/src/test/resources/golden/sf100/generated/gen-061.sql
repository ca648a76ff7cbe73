-- people
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[array_length(a3.cursors, 1)] as "endCursor"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor"
            ) r6
          ) as l0 from (
            select q7.*, (lower(q7.name)) collate "C" as sort_0 from person q7 where q7.organization_id = (
              select s8.id from organization s8 where s8.slug = ?
            ) order by (lower(q7.name)) collate "C", q7.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [3,3,"NAME:ASC","NAME:ASC","aurora-energy-771",4]
-- r2
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.author as "author", t2.content_sha256 as "contentSha256", t2.author_note as "authorNote", t2.url as "url", (case when t2.published_precision is null then null else (
          select row_to_json(r3.*) from (
            select coalesce(to_json(dg_fuzzy_display(t2.published_earliest, t2.published_latest, t2.published_precision)), '{"$error":0}'::json) as "display", coalesce(to_json(t2.published_precision), '{"$error":1}'::json) as "precision"
          ) r3
        ) end) as "published", (
          select row_to_json(z4.*) from (
            select ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
                select row_number() over (order by t7.sort_0, t7.sort_1, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text), dg_cursor_value(t7.sort_1::text)]::text[], t7.id) as cursor, (
                  select row_to_json(r8.*) from (
                    select t7.credited_outlet as "creditedOutlet", t7.excerpt as "excerpt", t7.end_offset as "endOffset", coalesce(to_json((
                      select (
                        select row_to_json(r9.*) from (
                          select c10.publisher as "publisher"
                        ) r9
                      ) from source c10 where c10.id = t7.source_id limit 1
                    )), '{"$error":2}'::json) as "source"
                  ) r8
                ) as l0 from (
                  select q11.*, q11.source_id as sort_0, q11.start_offset as sort_1 from citation q11 where (q11.source_id = t2.id) and ((q11.source_id, q11.start_offset, q11.id) > (cast(? as bigint), cast(? as integer), ?)) order by q11.source_id, q11.start_offset, q11.id limit ?
                ) t7
              ) n6
            ) a5
          ) z4
        ) as "citations"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: [3,3,"SOURCE_POSITION:ASC","10000043","503",1098,4,"generated-article-9"]
