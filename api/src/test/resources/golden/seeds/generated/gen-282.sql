-- events
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select false as "hasPreviousPage"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor", (
                select row_to_json(r7.*) from (
                  select coalesce(to_json(dg_global_id('Event', t5.slug)), '{"$error":0}'::json) as "id", coalesce(to_json((select count(*)::int from (
                    select distinct trim(o8.outlet) collate "C" as outlet from (
                      select cc9.source_id, cc9.credited_outlet, bool_or(cc9.credited_outlet is not null) over (partition by cc9.source_id) as credits from citation cc9 where cc9.event_id = t5.id
                    ) c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') when c10.credits then array[]::text[] else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o8(outlet)
                  ) o12)), '{"$error":1}'::json) as "a1"
                ) r7
              ) as "node"
            ) r6
          ) as l0 from (
            select q13.*, coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date) as sort_0 from event q13 where true order by coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date), q13.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [5,5,"DATE:ASC","DATE:ASC",6]
-- r2
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", (
          select row_to_json(z3.*) from (
            select ('[' || coalesce(a4.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
                select row_number() over (order by t6.sort_0 desc, t6.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
                  select row_to_json(r7.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as "cursor", (
                      select row_to_json(r8.*) from (
                        select coalesce(to_json(dg_global_id('Statement', t6.slug)), '{"$error":0}'::json) as "a0", t6.slug as "slug", (
                          select (
                            select row_to_json(r9.*) from (
                              select c10.summary as "summary", coalesce(to_json((select count(*)::int from (
                                select distinct trim(o11.outlet) collate "C" as outlet from (
                                  select cc12.source_id, cc12.credited_outlet, bool_or(cc12.credited_outlet is not null) over (partition by cc12.source_id) as credits from citation cc12 where cc12.deal_id = c10.id
                                ) c13 join source s14 on s14.id = c13.source_id cross join lateral unnest(case when c13.credited_outlet is not null then string_to_array(c13.credited_outlet, ',') when c13.credits then array[]::text[] else array[coalesce(s14.publisher, s14.author, '“' || s14.title || '”')] end) as o11(outlet)
                              ) o15)), '{"$error":1}'::json) as "corroboration", coalesce(to_json(coalesce((
                                select in_force(cast(? as date), x16.start_earliest, x16.start_latest, x16.start_precision, x16.end_earliest, x16.end_latest, x16.end_precision) from deal_timing x16 where x16.deal_id = c10.id
                              ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce"
                            ) r9
                          ) from deal c10 where c10.id = t6.deal_id limit 1
                        ) as "deal"
                      ) r8
                    ) as "node"
                  ) r7
                ) as l0 from (
                  select q17.*, coalesce(q17.date_latest, q17.date_earliest, '-infinity'::date) as sort_0 from statement q17 where exists (select 1 from statement_speaker sp18 where sp18.statement_id = q17.id and sp18.person_id = t2.id) order by coalesce(q17.date_latest, q17.date_earliest, '-infinity'::date) desc, q17.id desc limit ?
                ) t6
              ) n5
            ) a4
          ) z3
        ) as "statements"
      ) r1
    ) from person t2 where t2.slug = ? limit 1
  )
)::text
-- values: [20,20,"DATE:DESC","DATE:DESC","2016-06-01",21,"denise-dresser"]
