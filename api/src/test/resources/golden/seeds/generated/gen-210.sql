-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from (
            select cc3.source_id, cc3.credited_outlet, bool_or(cc3.credited_outlet is not null) over (partition by cc3.source_id) as credits from citation cc3 where cc3.event_id = t4.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o2(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", t4.description as "description", coalesce(to_json(array(select o8.outlet from (
          select distinct trim(o9.outlet) collate "C" as outlet from (
            select cc10.source_id, cc10.credited_outlet, bool_or(cc10.credited_outlet is not null) over (partition by cc10.source_id) as credits from citation cc10 where cc10.event_id = t4.id
          ) c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') when c11.credits then array[]::text[] else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o9(outlet)
        ) o8 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", (
          select row_to_json(z13.*) from (
            select ('[' || coalesce(a14.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                select row_number() over (order by t16.sort_0, t16.sort_1, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text), dg_cursor_value(t16.sort_1::text)]::text[], t16.id) as cursor, (
                  select row_to_json(r17.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text), dg_cursor_value(t16.sort_1::text)]::text[], t16.id) as "cursor", (
                      select row_to_json(r18.*) from (
                        select t16.start_offset as "startOffset", t16.end_offset as "endOffset", t16.excerpt as "excerpt"
                      ) r18
                    ) as "node"
                  ) r17
                ) as l0 from (
                  select q19.*, q19.source_id as sort_0, q19.start_offset as sort_1 from citation q19 where q19.event_id = t4.id order by q19.source_id, q19.start_offset, q19.id limit ?
                ) t16
              ) n15
            ) a14
          ) z13
        ) as "citations"
      ) r1
    ) from event t4 where t4.slug = ? limit 1
  )
)::text
-- values: [1,1,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",2,"microsoft-openai-affirm-core-deal-2026-02-27"]
-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.statement_id = t5.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o3(outlet)
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t5.channel as "channel", t5.quote as "quote", (case when t5.date_precision is null then null else (
          select row_to_json(r8.*) from (
            select t5.date_latest as "latest", coalesce(to_json(t5.date_text), '{"$error":1}'::json) as "text"
          ) r8
        ) end) as "date", (
          select (
            select row_to_json(r9.*) from (
              select c10.status as "status", (
                select row_to_json(z11.*) from (
                  select ('[' || coalesce(a12.l0, '') || ']')::json as "edges", (
                    select row_to_json(r13.*) from (
                      select a12.cursors[1] as "startCursor"
                    ) r13
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors, string_agg(n14.l0::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l0 from (
                      select row_number() over (order by t15.sort_0, t15.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text)]::text[], t15.id) as cursor, (
                        select row_to_json(r16.*) from (
                          select null::text as "inForce", (
                            select row_to_json(r17.*) from (
                              select coalesce(to_json(coalesce((
                                select in_force(cast(? as date), x18.start_earliest, x18.start_latest, x18.start_precision, x18.end_earliest, x18.end_latest, x18.end_precision) from deal_timing x18 where x18.deal_id = t15.id
                              ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce"
                            ) r17
                          ) as "node"
                        ) r16
                      ) as l0 from (
                        select q19.*, coalesce(q19.announced_earliest, q19.announced_latest, 'infinity'::date) as sort_0 from deal q19 where q19.parent_id = c10.id order by coalesce(q19.announced_earliest, q19.announced_latest, 'infinity'::date), q19.id limit ?
                      ) t15
                    ) n14
                  ) a12
                ) z11
              ) as "subDeals"
            ) r9
          ) from deal c10 where c10.id = t5.deal_id limit 1
        ) as "deal"
      ) r1
    ) from statement t5 where t5.slug = ? limit 1
  )
)::text
-- values: [2,2,"ANNOUNCED:ASC","2026-04-13",3,"dresser-memo-aws-demand-staggering"]
