-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(coalesce((
          select in_force(cast(? as date), x2.start_earliest, x2.start_latest, x2.start_precision, x2.end_earliest, x2.end_latest, x2.end_precision) from deal_timing x2 where x2.deal_id = t3.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", t3.title as "title", coalesce(to_json((select count(*)::int from (
          select distinct trim(o4.outlet) collate "C" as outlet from citation c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o4(outlet) where c5.deal_id = t3.id
        ) o7)), '{"$error":1}'::json) as "corroboration", t3.kind as "kind", (
          select row_to_json(z8.*) from (
            select (
              select count(*) from citation q9 where q9.deal_id = t3.id
            ) as "totalCount", (
              select row_to_json(r10.*) from (
                select a11.cursors[1] as "startCursor", false as "hasPreviousPage"
              ) r10
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n12.cursor order by n12.ord) filter (where n12.ord <= ?)) as cursors from (
                select row_number() over (order by t13.sort_0, t13.sort_1, t13.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t13.sort_0::text), dg_cursor_value(t13.sort_1::text)]::text[], t13.id) as cursor from (
                  select q9.*, q9.source_id as sort_0, q9.start_offset as sort_1 from citation q9 where q9.deal_id = t3.id order by q9.source_id, q9.start_offset, q9.id limit ?
                ) t13
              ) n12
            ) a11
          ) z8
        ) as "citations", (
          select row_to_json(z14.*) from (
            select ('[' || coalesce(a15.l0, '') || ']')::json as "edges", ('[' || coalesce(a15.l1, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n16.cursor order by n16.ord) filter (where n16.ord <= ?)) as cursors, string_agg(n16.l0::text, ',' order by n16.ord) filter (where n16.ord <= ?) as l0, string_agg(n16.l1::text, ',' order by n16.ord) filter (where n16.ord <= ?) as l1 from (
                select row_number() over (order by t17.sort_0, t17.sort_1, t17.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t17.sort_0::text), dg_cursor_value(t17.sort_1::text)]::text[], t17.id) as cursor, (
                  select row_to_json(r18.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t17.sort_0::text), dg_cursor_value(t17.sort_1::text)]::text[], t17.id) as "cursor", (
                      select row_to_json(r19.*) from (
                        select t17.end_offset as "endOffset", coalesce(to_json((
                          select (
                            select row_to_json(r20.*) from (
                              select to_char(c21.published_local_time, 'HH24:MI:SS') as "publishedLocalTime", c21.author_note as "authorNote", c21.title as "title"
                            ) r20
                          ) from source c21 where c21.id = t17.source_id limit 1
                        )), '{"$error":2}'::json) as "source"
                      ) r19
                    ) as "node"
                  ) r18
                ) as l0, (
                  select row_to_json(r22.*) from (
                    select t17.end_offset as "endOffset", coalesce(to_json((
                      select (
                        select row_to_json(r23.*) from (
                          select c24.publisher as "publisher", to_char(c24.published_local_time, 'HH24:MI:SS') as "publishedLocalTime", c24.slug as "slug", (case when c24.published_precision is null then null else (
                            select row_to_json(r25.*) from (
                              select c24.published_earliest as "earliest"
                            ) r25
                          ) end) as "published"
                        ) r23
                      ) from source c24 where c24.id = t17.source_id limit 1
                    )), '{"$error":3}'::json) as "source"
                  ) r22
                ) as l1 from (
                  select q26.*, q26.source_id as sort_0, q26.start_offset as sort_1 from citation q26 where q26.deal_id = t3.id order by q26.source_id, q26.start_offset, q26.id limit ?
                ) t17
              ) n16
            ) a15
          ) z14
        ) as "again5"
      ) r1
    ) from deal t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2015-06-30",1,"SOURCE_POSITION:ASC",2,1,1,1,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",2,"cirrus-networks-489-orion-compute-976-co-development-deal-2562"]
