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
                          select distinct trim(o12.outlet) collate "C" as outlet from (
                            select cc13.source_id, cc13.credited_outlet, bool_or(cc13.credited_outlet is not null) over (partition by cc13.source_id) as credits from citation cc13 where cc13.statement_id = t8.id
                          ) c14 join source s15 on s15.id = c14.source_id cross join lateral unnest(case when c14.credited_outlet is not null then string_to_array(c14.credited_outlet, ',') when c14.credits then array[]::text[] else array[coalesce(s15.publisher, s15.author, '“' || s15.title || '”')] end) as o12(outlet)
                        ) o11 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", coalesce(to_json((select count(*)::int from (
                          select distinct trim(o16.outlet) collate "C" as outlet from (
                            select cc17.source_id, cc17.credited_outlet, bool_or(cc17.credited_outlet is not null) over (partition by cc17.source_id) as credits from citation cc17 where cc17.statement_id = t8.id
                          ) c18 join source s19 on s19.id = c18.source_id cross join lateral unnest(case when c18.credited_outlet is not null then string_to_array(c18.credited_outlet, ',') when c18.credits then array[]::text[] else array[coalesce(s19.publisher, s19.author, '“' || s19.title || '”')] end) as o16(outlet)
                        ) o20)), '{"$error":1}'::json) as "corroboration", t8.quote as "quote"
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
                select distinct trim(o5.outlet) collate "C" as outlet from (
                  select cc6.source_id, cc6.credited_outlet, bool_or(cc6.credited_outlet is not null) over (partition by cc6.source_id) as credits from citation cc6 where cc6.deal_id = c4.id
                ) c7 join source s8 on s8.id = c7.source_id cross join lateral unnest(case when c7.credited_outlet is not null then string_to_array(c7.credited_outlet, ',') when c7.credits then array[]::text[] else array[coalesce(s8.publisher, s8.author, '“' || s8.title || '”')] end) as o5(outlet)
              ) o9)), '{"$error":1}'::json) as "corroboration", coalesce(to_json(coalesce((
                select in_force(cast(? as date), x10.start_earliest, x10.start_latest, x10.start_precision, x10.end_earliest, x10.end_latest, x10.end_precision) from deal_timing x10 where x10.deal_id = c4.id
              ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce", c4.kind as "kind"
            ) r3
          ) from deal c4 where c4.id = t2.deal_id limit 1
        ) as "deal", (
          select row_to_json(z11.*) from (
            select (
              select count(*) from citation q12 where q12.event_id = t2.id
            ) as "totalCount", ('[' || coalesce(a13.l0, '') || ']')::json as "nodes", (
              select row_to_json(r14.*) from (
                select a13.cursors[1] as "startCursor"
              ) r14
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                select row_number() over (order by t16.sort_0, t16.sort_1, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text), dg_cursor_value(t16.sort_1::text)]::text[], t16.id) as cursor, (
                  select row_to_json(r17.*) from (
                    select t16.start_offset as "startOffset", t16.credited_outlet as "creditedOutlet", t16.end_offset as "endOffset"
                  ) r17
                ) as l0 from (
                  select q12.*, q12.source_id as sort_0, q12.start_offset as sort_1 from citation q12 where (q12.event_id = t2.id) and ((q12.source_id, q12.start_offset, q12.id) > (cast(? as bigint), cast(? as integer), ?)) order by q12.source_id, q12.start_offset, q12.id limit ?
                ) t16
              ) n15
            ) a13
          ) z11
        ) as "citations"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2023-01-23",1,1,"SOURCE_POSITION:ASC","5","1965",63,2,"stargate-launch-2025-01-21"]
