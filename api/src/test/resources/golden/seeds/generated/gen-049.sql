-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.role as "role", (
          select row_to_json(z3.*) from (
            select (
              select count(*) from statement q4 where exists (select 1 from statement_speaker sp5 where sp5.statement_id = q4.id and sp5.person_id = t2.id)
            ) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
                select row_number() over (order by t8.sort_0 desc, t8.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
                  select row_to_json(r9.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as "cursor", (
                      select row_to_json(r10.*) from (
                        select t8.channel as "channel", coalesce(to_json(array(select o11.outlet from (
                          select distinct trim(o12.outlet) collate "C" as outlet from citation c13 join source s14 on s14.id = c13.source_id cross join lateral unnest(case when c13.credited_outlet is not null then string_to_array(c13.credited_outlet, ',') else array[coalesce(s14.publisher, s14.author, '“' || s14.title || '”')] end) as o12(outlet) where c13.statement_id = t8.id
                        ) o11 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", coalesce(to_json((select count(*)::int from (
                          select distinct trim(o15.outlet) collate "C" as outlet from citation c16 join source s17 on s17.id = c16.source_id cross join lateral unnest(case when c16.credited_outlet is not null then string_to_array(c16.credited_outlet, ',') else array[coalesce(s17.publisher, s17.author, '“' || s17.title || '”')] end) as o15(outlet) where c16.statement_id = t8.id
                        ) o18)), '{"$error":1}'::json) as "corroboration", t8.quote as "quote"
                      ) r10
                    ) as "node"
                  ) r9
                ) as l0 from (
                  select q4.*, coalesce(q4.date_latest, q4.date_earliest, '-infinity'::date) as sort_0 from statement q4 where (exists (select 1 from statement_speaker sp5 where sp5.statement_id = q4.id and sp5.person_id = t2.id)) and ((coalesce(q4.date_latest, q4.date_earliest, '-infinity'::date), q4.id) < (cast(? as date), ?)) order by coalesce(q4.date_latest, q4.date_earliest, '-infinity'::date) desc, q4.id desc limit ?
                ) t8
              ) n7
            ) a6
          ) z3
        ) as "statements"
      ) r1
    ) from person t2 where t2.slug = ? limit 1
  )
)::text
-- values: [3,3,"DATE:DESC","DATE:DESC","2026-04-13",3,4,"denise-dresser"]
-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Event', t2.slug)), '{"$error":0}'::json) as "id", (
          select (
            select row_to_json(r3.*) from (
              select c4.slug as "slug", coalesce(to_json((select count(*)::int from (
                select distinct trim(o5.outlet) collate "C" as outlet from citation c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o5(outlet) where c6.deal_id = c4.id
              ) o8)), '{"$error":1}'::json) as "corroboration", coalesce(to_json(coalesce((
                select in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) from deal_timing x9 where x9.deal_id = c4.id
              ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce", c4.kind as "kind"
            ) r3
          ) from deal c4 where c4.id = t2.deal_id limit 1
        ) as "deal", (
          select row_to_json(z10.*) from (
            select (
              select count(*) from citation q11 where q11.event_id = t2.id
            ) as "totalCount", ('[' || coalesce(a12.l0, '') || ']')::json as "nodes", (
              select row_to_json(r13.*) from (
                select a12.cursors[1] as "startCursor"
              ) r13
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors, string_agg(n14.l0::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l0 from (
                select row_number() over (order by t15.sort_0, t15.sort_1, t15.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text), dg_cursor_value(t15.sort_1::text)]::text[], t15.id) as cursor, (
                  select row_to_json(r16.*) from (
                    select t15.start_offset as "startOffset", t15.credited_outlet as "creditedOutlet", t15.end_offset as "endOffset"
                  ) r16
                ) as l0 from (
                  select q11.*, q11.source_id as sort_0, q11.start_offset as sort_1 from citation q11 where (q11.event_id = t2.id) and ((q11.source_id, q11.start_offset, q11.id) > (cast(? as bigint), cast(? as integer), ?)) order by q11.source_id, q11.start_offset, q11.id limit ?
                ) t15
              ) n14
            ) a12
          ) z10
        ) as "citations"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2023-01-23",1,1,"SOURCE_POSITION:ASC","5","1965",63,2,"stargate-launch-2025-01-21"]
