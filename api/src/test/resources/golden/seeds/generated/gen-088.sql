-- deals
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from deal q2 where (q2.status = ?) and (exists (select 1 from deal_party p3 where p3.deal_id = q2.id and p3.organization_id = (
          select s4.id from organization s4 where s4.slug = ?
        )))
      ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
          select row_number() over (order by t7.sort_0 desc, t7.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
            select row_to_json(r8.*) from (
              select coalesce(to_json(array(select o9.outlet from (
                select distinct trim(o10.outlet) collate "C" as outlet from citation c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o10(outlet) where c11.deal_id = t7.id
              ) o9 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", (
                select row_to_json(z13.*) from (
                  select ('[' || coalesce(a14.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                      select row_number() over (order by t16.sort_0 desc, t16.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text)]::text[], t16.id) as cursor, (
                        select row_to_json(r17.*) from (
                          select t16.slug as "slug", coalesce(to_json(dg_global_id('Statement', t16.slug)), '{"$error":1}'::json) as "id", coalesce(to_json((select count(*)::int from (
                            select distinct trim(o18.outlet) collate "C" as outlet from citation c19 join source s20 on s20.id = c19.source_id cross join lateral unnest(case when c19.credited_outlet is not null then string_to_array(c19.credited_outlet, ',') else array[coalesce(s20.publisher, s20.author, '“' || s20.title || '”')] end) as o18(outlet) where c19.statement_id = t16.id
                          ) o21)), '{"$error":2}'::json) as "corroboration"
                        ) r17
                      ) as l0 from (
                        select q22.*, coalesce(q22.date_latest, q22.date_earliest, '-infinity'::date) as sort_0 from statement q22 where (q22.deal_id = t7.id) and ((coalesce(q22.date_latest, q22.date_earliest, '-infinity'::date), q22.id) < (cast(? as date), ?)) order by coalesce(q22.date_latest, q22.date_earliest, '-infinity'::date) desc, q22.id desc limit ?
                      ) t16
                    ) n15
                  ) a14
                ) z13
              ) as "statements"
            ) r8
          ) as l0 from (
            select q2.*, coalesce(q2.announced_earliest, q2.announced_latest, '-infinity'::date) as sort_0 from deal q2 where (q2.status = ?) and (exists (select 1 from deal_party p3 where p3.deal_id = q2.id and p3.organization_id = (
              select s4.id from organization s4 where s4.slug = ?
            ))) order by coalesce(q2.announced_earliest, q2.announced_latest, '-infinity'::date) desc, q2.id desc limit ?
          ) t7
        ) n6
      ) a5
    ) z1
  )
)::text
-- values: ["ENDED","softbank",6,6,"ANNOUNCED:DESC",2,2,"DATE:DESC","2026-04-13",3,3,"ENDED","softbank",7]
