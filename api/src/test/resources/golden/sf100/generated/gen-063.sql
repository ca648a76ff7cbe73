-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(coalesce((
          select in_force(cast(? as date), x2.start_earliest, x2.start_latest, x2.start_precision, x2.end_earliest, x2.end_latest, x2.end_precision) from deal_timing x2 where x2.deal_id = t3.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", t3.title as "title", coalesce(to_json((select count(*)::int from (
          select distinct trim(o4.outlet) collate "C" as outlet from (
            select cc5.source_id, cc5.credited_outlet, bool_or(cc5.credited_outlet is not null) over (partition by cc5.source_id) as credits from citation cc5 where cc5.deal_id = t3.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o4(outlet)
        ) o8)), '{"$error":1}'::json) as "corroboration", t3.kind as "kind", (
          select row_to_json(z9.*) from (
            select (
              select count(*) from citation q10 where q10.deal_id = t3.id
            ) as "totalCount", (
              select row_to_json(r11.*) from (
                select a12.cursors[1] as "startCursor", false as "hasPreviousPage"
              ) r11
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors from (
                select row_number() over (order by t14.sort_0, t14.sort_1, t14.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text), dg_cursor_value(t14.sort_1::text)]::text[], t14.id) as cursor from (
                  select q10.*, q10.source_id as sort_0, q10.start_offset as sort_1 from citation q10 where q10.deal_id = t3.id order by q10.source_id, q10.start_offset, q10.id limit ?
                ) t14
              ) n13
            ) a12
          ) z9
        ) as "citations", (
          select row_to_json(z15.*) from (
            select ('[' || coalesce(a16.l0, '') || ']')::json as "edges", ('[' || coalesce(a16.l1, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n17.cursor order by n17.ord) filter (where n17.ord <= ?)) as cursors, string_agg(n17.l0::text, ',' order by n17.ord) filter (where n17.ord <= ?) as l0, string_agg(n17.l1::text, ',' order by n17.ord) filter (where n17.ord <= ?) as l1 from (
                select row_number() over (order by t18.sort_0, t18.sort_1, t18.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t18.sort_0::text), dg_cursor_value(t18.sort_1::text)]::text[], t18.id) as cursor, (
                  select row_to_json(r19.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t18.sort_0::text), dg_cursor_value(t18.sort_1::text)]::text[], t18.id) as "cursor", (
                      select row_to_json(r20.*) from (
                        select t18.end_offset as "endOffset", coalesce(to_json((
                          select (
                            select row_to_json(r21.*) from (
                              select to_char(c22.published_local_time, 'HH24:MI:SS') as "publishedLocalTime", c22.author_note as "authorNote", c22.title as "title"
                            ) r21
                          ) from source c22 where c22.id = t18.source_id limit 1
                        )), '{"$error":2}'::json) as "source"
                      ) r20
                    ) as "node"
                  ) r19
                ) as l0, (
                  select row_to_json(r23.*) from (
                    select t18.end_offset as "endOffset", coalesce(to_json((
                      select (
                        select row_to_json(r24.*) from (
                          select c25.publisher as "publisher", to_char(c25.published_local_time, 'HH24:MI:SS') as "publishedLocalTime", c25.slug as "slug", (case when c25.published_precision is null then null else (
                            select row_to_json(r26.*) from (
                              select c25.published_earliest as "earliest"
                            ) r26
                          ) end) as "published"
                        ) r24
                      ) from source c25 where c25.id = t18.source_id limit 1
                    )), '{"$error":3}'::json) as "source"
                  ) r23
                ) as l1 from (
                  select q27.*, q27.source_id as sort_0, q27.start_offset as sort_1 from citation q27 where q27.deal_id = t3.id order by q27.source_id, q27.start_offset, q27.id limit ?
                ) t18
              ) n17
            ) a16
          ) z15
        ) as "again5"
      ) r1
    ) from deal t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2015-06-30",1,"SOURCE_POSITION:ASC",2,1,1,1,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",2,"cirrus-networks-489-orion-compute-976-co-development-deal-2562"]
