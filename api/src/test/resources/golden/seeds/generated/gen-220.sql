-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.status as "status", t2.title as "title", coalesce(to_json(array(select o3.outlet from (
          select distinct trim(o4.outlet) collate "C" as outlet from (
            select cc5.source_id, cc5.credited_outlet, bool_or(cc5.credited_outlet is not null) over (partition by cc5.source_id) as credits from citation cc5 where cc5.deal_id = t2.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o4(outlet)
        ) o3 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", (
          select row_to_json(z8.*) from (
            select (
              select count(*) from statement q9 where q9.deal_id = t2.id
            ) as "totalCount", ('[' || coalesce(a10.l0, '') || ']')::json as "nodes", (
              select row_to_json(r11.*) from (
                select a10.cursors[1] as "startCursor"
              ) r11
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n12.cursor order by n12.ord) filter (where n12.ord <= ?)) as cursors, string_agg(n12.l0::text, ',' order by n12.ord) filter (where n12.ord <= ?) as l0 from (
                select row_number() over (order by t13.sort_0 desc, t13.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t13.sort_0::text)]::text[], t13.id) as cursor, (
                  select row_to_json(r14.*) from (
                    select coalesce(to_json((select count(*)::int from (
                      select distinct trim(o15.outlet) collate "C" as outlet from (
                        select cc16.source_id, cc16.credited_outlet, bool_or(cc16.credited_outlet is not null) over (partition by cc16.source_id) as credits from citation cc16 where cc16.statement_id = t13.id
                      ) c17 join source s18 on s18.id = c17.source_id cross join lateral unnest(case when c17.credited_outlet is not null then string_to_array(c17.credited_outlet, ',') when c17.credits then array[]::text[] else array[coalesce(s18.publisher, s18.author, '“' || s18.title || '”')] end) as o15(outlet)
                    ) o19)), '{"$error":1}'::json) as "corroboration", coalesce(to_json(array(select o20.outlet from (
                      select distinct trim(o21.outlet) collate "C" as outlet from (
                        select cc22.source_id, cc22.credited_outlet, bool_or(cc22.credited_outlet is not null) over (partition by cc22.source_id) as credits from citation cc22 where cc22.statement_id = t13.id
                      ) c23 join source s24 on s24.id = c23.source_id cross join lateral unnest(case when c23.credited_outlet is not null then string_to_array(c23.credited_outlet, ',') when c23.credits then array[]::text[] else array[coalesce(s24.publisher, s24.author, '“' || s24.title || '”')] end) as o21(outlet)
                    ) o20 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", (
                      select row_to_json(z25.*) from (
                        select (
                          select count(*) from citation q26 where q26.statement_id = t13.id
                        ) as "totalCount", ('[' || coalesce(a27.l0, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n28.cursor order by n28.ord) filter (where n28.ord <= ?)) as cursors, string_agg(n28.l0::text, ',' order by n28.ord) filter (where n28.ord <= ?) as l0 from (
                            select row_number() over (order by t29.sort_0, t29.sort_1, t29.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t29.sort_0::text), dg_cursor_value(t29.sort_1::text)]::text[], t29.id) as cursor, (
                              select row_to_json(r30.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t29.sort_0::text), dg_cursor_value(t29.sort_1::text)]::text[], t29.id) as "cursor", (
                                  select row_to_json(r31.*) from (
                                    select t29.start_offset as "startOffset", t29.end_offset as "endOffset", t29.excerpt as "excerpt", t29.credited_outlet as "creditedOutlet"
                                  ) r31
                                ) as "node"
                              ) r30
                            ) as l0 from (
                              select q26.*, q26.source_id as sort_0, q26.start_offset as sort_1 from citation q26 where (q26.statement_id = t13.id) and ((q26.source_id, q26.start_offset, q26.id) > (cast(? as bigint), cast(? as integer), ?)) order by q26.source_id, q26.start_offset, q26.id limit ?
                            ) t29
                          ) n28
                        ) a27
                      ) z25
                    ) as "citations"
                  ) r14
                ) as l0 from (
                  select q9.*, coalesce(q9.date_latest, q9.date_earliest, '-infinity'::date) as sort_0 from statement q9 where q9.deal_id = t2.id order by coalesce(q9.date_latest, q9.date_earliest, '-infinity'::date) desc, q9.id desc limit ?
                ) t13
              ) n12
            ) a10
          ) z8
        ) as "statements", (
          select row_to_json(z32.*) from (
            select ('[' || coalesce(a33.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n34.cursor order by n34.ord) filter (where n34.ord <= ?)) as cursors, string_agg(n34.l0::text, ',' order by n34.ord) filter (where n34.ord <= ?) as l0 from (
                select row_number() over (order by t35.sort_0, t35.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t35.sort_0::text)]::text[], t35.id) as cursor, (
                  select row_to_json(r36.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t35.sort_0::text)]::text[], t35.id) as "cursor"
                  ) r36
                ) as l0 from (
                  select q37.*, coalesce(q37.date_earliest, q37.date_latest, 'infinity'::date) as sort_0 from event q37 where q37.deal_id = t2.id order by coalesce(q37.date_earliest, q37.date_latest, 'infinity'::date), q37.id limit ?
                ) t35
              ) n34
            ) a33
          ) z32
        ) as "events"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: [1,1,"DATE:DESC",1,1,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC","1","970",29,2,2,2,2,"DATE:ASC","DATE:ASC",3,"stargate"]
