-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.status as "status", t2.title as "title", coalesce(to_json(array(select o3.outlet from (
          select distinct trim(o4.outlet) collate "C" as outlet from citation c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o4(outlet) where c5.deal_id = t2.id
        ) o3 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", (
          select row_to_json(z7.*) from (
            select (
              select count(*) from statement q8 where q8.deal_id = t2.id
            ) as "totalCount", ('[' || coalesce(a9.l0, '') || ']')::json as "nodes", (
              select row_to_json(r10.*) from (
                select a9.cursors[1] as "startCursor"
              ) r10
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors, string_agg(n11.l0::text, ',' order by n11.ord) filter (where n11.ord <= ?) as l0 from (
                select row_number() over (order by t12.sort_0 desc, t12.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text)]::text[], t12.id) as cursor, (
                  select row_to_json(r13.*) from (
                    select coalesce(to_json((select count(*)::int from (
                      select distinct trim(o14.outlet) collate "C" as outlet from citation c15 join source s16 on s16.id = c15.source_id cross join lateral unnest(case when c15.credited_outlet is not null then string_to_array(c15.credited_outlet, ',') else array[coalesce(s16.publisher, s16.author, '“' || s16.title || '”')] end) as o14(outlet) where c15.statement_id = t12.id
                    ) o17)), '{"$error":1}'::json) as "corroboration", coalesce(to_json(array(select o18.outlet from (
                      select distinct trim(o19.outlet) collate "C" as outlet from citation c20 join source s21 on s21.id = c20.source_id cross join lateral unnest(case when c20.credited_outlet is not null then string_to_array(c20.credited_outlet, ',') else array[coalesce(s21.publisher, s21.author, '“' || s21.title || '”')] end) as o19(outlet) where c20.statement_id = t12.id
                    ) o18 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", (
                      select row_to_json(z22.*) from (
                        select (
                          select count(*) from citation q23 where q23.statement_id = t12.id
                        ) as "totalCount", ('[' || coalesce(a24.l0, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n25.cursor order by n25.ord) filter (where n25.ord <= ?)) as cursors, string_agg(n25.l0::text, ',' order by n25.ord) filter (where n25.ord <= ?) as l0 from (
                            select row_number() over (order by t26.sort_0, t26.sort_1, t26.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t26.sort_0::text), dg_cursor_value(t26.sort_1::text)]::text[], t26.id) as cursor, (
                              select row_to_json(r27.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t26.sort_0::text), dg_cursor_value(t26.sort_1::text)]::text[], t26.id) as "cursor", (
                                  select row_to_json(r28.*) from (
                                    select t26.start_offset as "startOffset", t26.end_offset as "endOffset", t26.excerpt as "excerpt", t26.credited_outlet as "creditedOutlet"
                                  ) r28
                                ) as "node"
                              ) r27
                            ) as l0 from (
                              select q23.*, q23.source_id as sort_0, q23.start_offset as sort_1 from citation q23 where (q23.statement_id = t12.id) and ((q23.source_id, q23.start_offset, q23.id) > (cast(? as bigint), cast(? as integer), ?)) order by q23.source_id, q23.start_offset, q23.id limit ?
                            ) t26
                          ) n25
                        ) a24
                      ) z22
                    ) as "citations"
                  ) r13
                ) as l0 from (
                  select q8.*, coalesce(q8.date_latest, q8.date_earliest, '-infinity'::date) as sort_0 from statement q8 where q8.deal_id = t2.id order by coalesce(q8.date_latest, q8.date_earliest, '-infinity'::date) desc, q8.id desc limit ?
                ) t12
              ) n11
            ) a9
          ) z7
        ) as "statements", (
          select row_to_json(z29.*) from (
            select ('[' || coalesce(a30.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n31.cursor order by n31.ord) filter (where n31.ord <= ?)) as cursors, string_agg(n31.l0::text, ',' order by n31.ord) filter (where n31.ord <= ?) as l0 from (
                select row_number() over (order by t32.sort_0, t32.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t32.sort_0::text)]::text[], t32.id) as cursor, (
                  select row_to_json(r33.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t32.sort_0::text)]::text[], t32.id) as "cursor"
                  ) r33
                ) as l0 from (
                  select q34.*, coalesce(q34.date_earliest, q34.date_latest, 'infinity'::date) as sort_0 from event q34 where q34.deal_id = t2.id order by coalesce(q34.date_earliest, q34.date_latest, 'infinity'::date), q34.id limit ?
                ) t32
              ) n31
            ) a30
          ) z29
        ) as "events"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: [1,1,"DATE:DESC",1,1,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC","1","970",29,2,2,2,2,"DATE:ASC","DATE:ASC",3,"stargate"]
