-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.quote as "quote", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r3.*) from (
              select (
                select (
                  select row_to_json(r4.*) from (
                    select c5.name as "name", c5.kind as "kind", (
                      select row_to_json(z6.*) from (
                        select (
                          select row_to_json(r7.*) from (
                            select false as "a0", a8.cursors[array_length(a8.cursors, 1)] as "endCursor", a8.fetched > ? as "hasNextPage", a8.cursors[1] as "startCursor"
                          ) r7
                        ) as "pageInfo" from (
                          select count(*) as fetched, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors from (
                            select row_number() over (order by t10.sort_0, t10.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text)]::text[], t10.id) as cursor from (
                              select q11.*, coalesce(q11.announced_earliest, q11.announced_latest, 'infinity'::date) as sort_0 from deal q11 where exists (select 1 from deal_party p12 where p12.deal_id = q11.id and p12.organization_id = c5.id) order by coalesce(q11.announced_earliest, q11.announced_latest, 'infinity'::date), q11.id limit ?
                            ) t10
                          ) n9
                        ) a8
                      ) z6
                    ) as "deals"
                  ) r4
                ) from organization c5 where c5.id = c13.organization_id limit 1
              ) as "organization"
            ) r3
          )::text, ',' order by c13.id), '') || ']')::json from (
            select c13.* from statement_speaker c13 where c13.statement_id = t2.id order by c13.id limit ?
          ) c13 where true
        ) as "speakers"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: [1,1,"ANNOUNCED:ASC",2,10,"statement-7006"]
-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.kind as "kind", (
          select row_to_json(z3.*) from (
            select ('[' || coalesce(a4.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
                select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
                  select row_to_json(r7.*) from (
                    select coalesce(to_json(dg_global_id('Event', t6.slug)), '{"$error":0}'::json) as "id", coalesce(to_json((select count(*)::int from (
                      select distinct trim(o8.outlet) collate "C" as outlet from (
                        select cc9.source_id, cc9.credited_outlet, bool_or(cc9.credited_outlet is not null) over (partition by cc9.source_id) as credits from citation cc9 where cc9.event_id = t6.id
                      ) c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') when c10.credits then array[]::text[] else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o8(outlet)
                    ) o12)), '{"$error":1}'::json) as "corroboration", coalesce(to_json(array(select o13.outlet from (
                      select distinct trim(o14.outlet) collate "C" as outlet from (
                        select cc15.source_id, cc15.credited_outlet, bool_or(cc15.credited_outlet is not null) over (partition by cc15.source_id) as credits from citation cc15 where cc15.event_id = t6.id
                      ) c16 join source s17 on s17.id = c16.source_id cross join lateral unnest(case when c16.credited_outlet is not null then string_to_array(c16.credited_outlet, ',') when c16.credits then array[]::text[] else array[coalesce(s17.publisher, s17.author, '“' || s17.title || '”')] end) as o14(outlet)
                    ) o13 order by 1 limit 100)), '{"$error":2}'::json) as "outlets"
                  ) r7
                ) as l0 from (
                  select q18.*, coalesce(q18.date_earliest, q18.date_latest, 'infinity'::date) as sort_0 from event q18 where q18.deal_id = t2.id order by coalesce(q18.date_earliest, q18.date_latest, 'infinity'::date), q18.id limit ?
                ) t6
              ) n5
            ) a4
          ) z3
        ) as "events"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: [2,2,"DATE:ASC",3,"lumen-analytics-258-nimbus-systems-110-licensing-deal-4981"]
