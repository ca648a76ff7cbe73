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
                select distinct trim(o10.outlet) collate "C" as outlet from (
                  select cc11.source_id, cc11.credited_outlet, bool_or(cc11.credited_outlet is not null) over (partition by cc11.source_id) as credits from citation cc11 where cc11.deal_id = t7.id
                ) c12 join source s13 on s13.id = c12.source_id cross join lateral unnest(case when c12.credited_outlet is not null then string_to_array(c12.credited_outlet, ',') when c12.credits then array[]::text[] else array[coalesce(s13.publisher, s13.author, '“' || s13.title || '”')] end) as o10(outlet)
              ) o9 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", (
                select row_to_json(z14.*) from (
                  select ('[' || coalesce(a15.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n16.cursor order by n16.ord) filter (where n16.ord <= ?)) as cursors, string_agg(n16.l0::text, ',' order by n16.ord) filter (where n16.ord <= ?) as l0 from (
                      select row_number() over (order by t17.sort_0 desc, t17.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t17.sort_0::text)]::text[], t17.id) as cursor, (
                        select row_to_json(r18.*) from (
                          select t17.slug as "slug", coalesce(to_json(dg_global_id('Statement', t17.slug)), '{"$error":1}'::json) as "id", coalesce(to_json((select count(*)::int from (
                            select distinct trim(o19.outlet) collate "C" as outlet from (
                              select cc20.source_id, cc20.credited_outlet, bool_or(cc20.credited_outlet is not null) over (partition by cc20.source_id) as credits from citation cc20 where cc20.statement_id = t17.id
                            ) c21 join source s22 on s22.id = c21.source_id cross join lateral unnest(case when c21.credited_outlet is not null then string_to_array(c21.credited_outlet, ',') when c21.credits then array[]::text[] else array[coalesce(s22.publisher, s22.author, '“' || s22.title || '”')] end) as o19(outlet)
                          ) o23)), '{"$error":2}'::json) as "corroboration"
                        ) r18
                      ) as l0 from (
                        select q24.*, coalesce(q24.date_latest, q24.date_earliest, '-infinity'::date) as sort_0 from statement q24 where (q24.deal_id = t7.id) and ((coalesce(q24.date_latest, q24.date_earliest, '-infinity'::date), q24.id) < (cast(? as date), ?)) order by coalesce(q24.date_latest, q24.date_earliest, '-infinity'::date) desc, q24.id desc limit ?
                      ) t17
                    ) n16
                  ) a15
                ) z14
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
