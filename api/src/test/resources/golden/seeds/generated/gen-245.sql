-- organizations
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges", ('[' || coalesce(a2.l1, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0, string_agg(n3.l1::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l1 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", (
                select row_to_json(r6.*) from (
                  select t4.description as "description", t4.name as "name", t4.kind as "kind", coalesce(to_json(dg_global_id('Organization', t4.slug)), '{"$error":0}'::json) as "id", (
                    select row_to_json(z7.*) from (
                      select coalesce(a8.dg_total_count, 0) as "totalCount", ('[' || coalesce(a8.l0, '') || ']')::json as "nodes" from (
                        select count(*) as fetched, max(n9.dg_total_count) as dg_total_count, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors, string_agg(n9.l0::text, ',' order by n9.ord) filter (where n9.ord <= ?) as l0 from (
                          select row_number() over (order by t10.sort_0, t10.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text)]::text[], t10.id) as cursor, t10.dg_total_count as dg_total_count, (
                            select row_to_json(r11.*) from (
                              select t10.kind as "kind", t10.status as "status", coalesce(to_json(dg_global_id('Deal', t10.slug)), '{"$error":1}'::json) as "id", t10.title as "title", (
                                select (
                                  select row_to_json(r12.*) from (
                                    select coalesce(to_json(coalesce((
                                      select in_force(cast(? as date), x13.start_earliest, x13.start_latest, x13.start_precision, x13.end_earliest, x13.end_latest, x13.end_precision) from deal_timing x13 where x13.deal_id = c14.id
                                    ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce"
                                  ) r12
                                ) from deal c14 where c14.id = t10.parent_id limit 1
                              ) as "parent"
                            ) r11
                          ) as l0 from (
                            select q15.*, coalesce(q15.announced_earliest, q15.announced_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x16.start_earliest, x16.start_latest, x16.start_precision, x16.end_earliest, x16.end_latest, x16.end_precision) as in_force, count(*) over () as dg_total_count from deal q15 join deal_timing x16 on x16.deal_id = q15.id where (exists (select 1 from deal_party p17 where p17.deal_id = q15.id and p17.organization_id = t4.id)) and (in_force(cast(? as date), x16.start_earliest, x16.start_latest, x16.start_precision, x16.end_earliest, x16.end_latest, x16.end_precision) <> 'FALSE') order by coalesce(q15.announced_earliest, q15.announced_latest, 'infinity'::date), q15.id limit ?
                          ) t10
                        ) n9
                      ) a8
                    ) z7
                  ) as "deals"
                ) r6
              ) as "node"
            ) r5
          ) as l0, (
            select row_to_json(r18.*) from (
              select t4.kind as "kind", t4.name as "name", coalesce(to_json(array(select a19.value from organization_alias a19 where a19.organization_id = t4.id and a19.kind = 'TICKER' order by a19.value limit 100)), '{"$error":3}'::json) as "tickers"
            ) r18
          ) as l1 from (
            select q20.*, (q20.slug) collate "C" as sort_0 from organization q20 where q20.kind = ? order by (q20.slug) collate "C", q20.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [7,7,7,"SLUG:ASC","SLUG:ASC",2,2,"ANNOUNCED:ASC","2025-07-01","2030-12-29","2030-12-29",3,"INVESTMENT_FIRM",8]
