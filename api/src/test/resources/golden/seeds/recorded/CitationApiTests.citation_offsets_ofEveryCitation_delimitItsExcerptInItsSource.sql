-- sources
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.slug as "slug", coalesce(to_json(t4.content), '{"$error":0}'::json) as "text", (
                select row_to_json(z6.*) from (
                  select (
                    select count(*) from citation q7 where q7.source_id = t4.id
                  ) as "totalCount", ('[' || coalesce(a8.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors, string_agg(n9.l0::text, ',' order by n9.ord) filter (where n9.ord <= ?) as l0 from (
                      select row_number() over (order by t10.sort_0, t10.sort_1, t10.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text), dg_cursor_value(t10.sort_1::text)]::text[], t10.id) as cursor, (
                        select row_to_json(r11.*) from (
                          select t10.excerpt as "excerpt", t10.start_offset as "startOffset", t10.end_offset as "endOffset", coalesce(to_json((
                            select (
                              select row_to_json(r12.*) from (
                                select c13.slug as "slug"
                              ) r12
                            ) from source c13 where c13.id = t10.source_id limit 1
                          )), '{"$error":1}'::json) as "source"
                        ) r11
                      ) as l0 from (
                        select q7.*, q7.source_id as sort_0, q7.start_offset as sort_1 from citation q7 where q7.source_id = t4.id order by q7.source_id, q7.start_offset, q7.id limit ?
                      ) t10
                    ) n9
                  ) a8
                ) z6
              ) as "citations"
            ) r5
          ) as l0 from (
            select q14.*, coalesce(q14.published_earliest, q14.published_latest, 'infinity'::date) as sort_0 from source q14 where true order by coalesce(q14.published_earliest, q14.published_latest, 'infinity'::date), q14.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"PUBLISHED:ASC",100,100,"SOURCE_POSITION:ASC",101,21]
