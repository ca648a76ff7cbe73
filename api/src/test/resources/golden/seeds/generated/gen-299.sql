-- r1
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.fetched > ? as "hasNextPage", a3.cursors[1] as "startCursor", a3.cursors[array_length(a3.cursors, 1)] as "endCursor"
        ) r2
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor from (
            select q6.*, coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date) as sort_0 from event q6 where true order by coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date), q6.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [20,20,"DATE:ASC",21]
-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select a2.value from organization_alias a2 where a2.organization_id = t3.id and a2.kind = 'TICKER' order by a2.value limit 100)), '{"$error":0}'::json) as "tickers", t3.description as "description", t3.name as "name", (
          select row_to_json(z4.*) from (
            select ('[' || coalesce(a5.l0, '') || ']')::json as "edges", ('[' || coalesce(a5.l1, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0, string_agg(n6.l1::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l1 from (
                select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
                  select row_to_json(r8.*) from (
                    select null::text as "inForce", (
                      select row_to_json(r9.*) from (
                        select t7.status as "status", coalesce(to_json((select count(*)::int from (
                          select distinct trim(o10.outlet) collate "C" as outlet from (
                            select cc11.source_id, cc11.credited_outlet, bool_or(cc11.credited_outlet is not null) over (partition by cc11.source_id) as credits from citation cc11 where cc11.deal_id = t7.id
                          ) c12 join source s13 on s13.id = c12.source_id cross join lateral unnest(case when c12.credited_outlet is not null then string_to_array(c12.credited_outlet, ',') when c12.credits then array[]::text[] else array[coalesce(s13.publisher, s13.author, '“' || s13.title || '”')] end) as o10(outlet)
                        ) o14)), '{"$error":1}'::json) as "corroboration"
                      ) r9
                    ) as "node"
                  ) r8
                ) as l0, (
                  select row_to_json(r15.*) from (
                    select coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x16.start_earliest, x16.start_latest, x16.start_precision, x16.end_earliest, x16.end_latest, x16.end_precision) from deal_timing x16 where x16.deal_id = t7.id
                    ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce", t7.kind as "kind", coalesce(to_json(dg_global_id('Deal', t7.slug)), '{"$error":3}'::json) as "id", t7.status as "status"
                  ) r15
                ) as l1 from (
                  select q17.*, coalesce(q17.announced_earliest, q17.announced_latest, 'infinity'::date) as sort_0 from deal q17 where exists (select 1 from deal_party p18 where p18.deal_id = q17.id and p18.organization_id = t3.id) order by coalesce(q17.announced_earliest, q17.announced_latest, 'infinity'::date), q17.id limit ?
                ) t7
              ) n6
            ) a5
          ) z4
        ) as "deals"
      ) r1
    ) from organization t3 where t3.slug = ? limit 1
  )
)::text
-- values: [2,2,2,"ANNOUNCED:ASC","2016-06-04",3,"softbank"]
