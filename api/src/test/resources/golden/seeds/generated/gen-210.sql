-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.event_id = t5.id
        ) o6)), '{"$error":0}'::json) as "corroboration", t5.description as "description", coalesce(to_json(array(select o7.outlet from (
          select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.event_id = t5.id
        ) o7 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", (
          select row_to_json(z11.*) from (
            select ('[' || coalesce(a12.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors, string_agg(n13.l0::text, ',' order by n13.ord) filter (where n13.ord <= ?) as l0 from (
                select row_number() over (order by t14.sort_0, t14.sort_1, t14.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text), dg_cursor_value(t14.sort_1::text)]::text[], t14.id) as cursor, (
                  select row_to_json(r15.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text), dg_cursor_value(t14.sort_1::text)]::text[], t14.id) as "cursor", (
                      select row_to_json(r16.*) from (
                        select t14.start_offset as "startOffset", t14.end_offset as "endOffset", t14.excerpt as "excerpt"
                      ) r16
                    ) as "node"
                  ) r15
                ) as l0 from (
                  select q17.*, q17.source_id as sort_0, q17.start_offset as sort_1 from citation q17 where q17.event_id = t5.id order by q17.source_id, q17.start_offset, q17.id limit ?
                ) t14
              ) n13
            ) a12
          ) z11
        ) as "citations"
      ) r1
    ) from event t5 where t5.slug = ? limit 1
  )
)::text
-- values: [1,1,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",2,"microsoft-openai-affirm-core-deal-2026-02-27"]
-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.statement_id = t6.id
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t6.channel as "channel", t6.quote as "quote", (case when t6.date_precision is null then null else (
          select row_to_json(r7.*) from (
            select t6.date_latest as "latest", coalesce(to_json(t6.date_text), '{"$error":1}'::json) as "text"
          ) r7
        ) end) as "date", (
          select (
            select row_to_json(r8.*) from (
              select c9.status as "status", (
                select row_to_json(z10.*) from (
                  select ('[' || coalesce(a11.l0, '') || ']')::json as "edges", (
                    select row_to_json(r12.*) from (
                      select a11.cursors[1] as "startCursor"
                    ) r12
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors, string_agg(n13.l0::text, ',' order by n13.ord) filter (where n13.ord <= ?) as l0 from (
                      select row_number() over (order by t14.sort_0, t14.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as cursor, (
                        select row_to_json(r15.*) from (
                          select null::text as "inForce", (
                            select row_to_json(r16.*) from (
                              select coalesce(to_json(coalesce((
                                select in_force(cast(? as date), x17.start_earliest, x17.start_latest, x17.start_precision, x17.end_earliest, x17.end_latest, x17.end_precision) from deal_timing x17 where x17.deal_id = t14.id
                              ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce"
                            ) r16
                          ) as "node"
                        ) r15
                      ) as l0 from (
                        select q18.*, coalesce(q18.announced_earliest, q18.announced_latest, 'infinity'::date) as sort_0 from deal q18 where q18.parent_id = c9.id order by coalesce(q18.announced_earliest, q18.announced_latest, 'infinity'::date), q18.id limit ?
                      ) t14
                    ) n13
                  ) a11
                ) z10
              ) as "subDeals"
            ) r8
          ) from deal c9 where c9.id = t6.deal_id limit 1
        ) as "deal"
      ) r1
    ) from statement t6 where t6.slug = ? limit 1
  )
)::text
-- values: [2,2,"ANNOUNCED:ASC","2026-04-13",3,"dresser-memo-aws-demand-staggering"]
