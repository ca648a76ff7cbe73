-- activity
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json((count(distinct q2.id) filter (where (case when q2.date_earliest is not null and q2.date_latest is not null and date_trunc('month', q2.date_earliest) = date_trunc('month', q2.date_latest) then to_char(q2.date_earliest, 'YYYY-MM') end) is null))::int), '{"$error":0}'::json) as "a0", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(g4.n), '{"$error":1}'::json) as "count", g4.month as "month", (
              select (
                select row_to_json(r5.*) from (
                  select coalesce(to_json(array(select a6.value from organization_alias a6 where a6.organization_id = c7.id and a6.kind = 'TICKER' order by a6.value limit 100)), '{"$error":2}'::json) as "tickers", (
                    select row_to_json(z8.*) from (
                      select ('[' || coalesce(a9.l0, '') || ']')::json as "edges", ('[' || coalesce(a9.l1, '') || ']')::json as "nodes" from (
                        select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors, string_agg(n10.l0::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l0, string_agg(n10.l1::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l1 from (
                          select row_number() over (order by t11.sort_0 desc, t11.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text)]::text[], t11.id) as cursor, (
                            select row_to_json(r12.*) from (
                              select dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text)]::text[], t11.id) as "cursor"
                            ) r12
                          ) as l0, (
                            select row_to_json(r13.*) from (
                              select t11.slug as "slug", coalesce(to_json((select count(*)::int from (
                                select distinct trim(o14.outlet) collate "C" as outlet from (
                                  select cc15.source_id, cc15.credited_outlet, bool_or(cc15.credited_outlet is not null) over (partition by cc15.source_id) as credits from citation cc15 where cc15.statement_id = t11.id
                                ) c16 join source s17 on s17.id = c16.source_id cross join lateral unnest(case when c16.credited_outlet is not null then string_to_array(c16.credited_outlet, ',') when c16.credits then array[]::text[] else array[coalesce(s17.publisher, s17.author, '“' || s17.title || '”')] end) as o14(outlet)
                              ) o18)), '{"$error":3}'::json) as "corroboration", (case when t11.date_precision is null then null else (
                                select row_to_json(r19.*) from (
                                  select t11.date_earliest as "earliest", coalesce(to_json(t11.date_precision), '{"$error":4}'::json) as "precision", coalesce(to_json(dg_fuzzy_display(t11.date_earliest, t11.date_latest, t11.date_precision)), '{"$error":5}'::json) as "display"
                                ) r19
                              ) end) as "date"
                            ) r13
                          ) as l1 from (
                            select q20.*, coalesce(q20.date_latest, q20.date_earliest, '-infinity'::date) as sort_0 from statement q20 where exists (select 1 from (
                              select ss21.statement_id, ss21.organization_id from statement_speaker ss21 where ss21.organization_id is not null union select ss21.statement_id, sp22.organization_id from statement_speaker ss21 join person sp22 on sp22.id = ss21.person_id where sp22.organization_id is not null
                            ) so23 where so23.statement_id = q20.id and so23.organization_id = c7.id) order by coalesce(q20.date_latest, q20.date_earliest, '-infinity'::date) desc, q20.id desc limit ?
                          ) t11
                        ) n10
                      ) a9
                    ) z8
                  ) as "statements"
                ) r5
              ) from organization c7 where c7.id = g4.organization_id limit 1
            ) as "organization"
          ) r3
        )::text, ',' order by g4.month, g4.n desc, g4.key), '') || ']')::json from (
          select g4.* from (
            select case when q24.date_earliest is not null and q24.date_latest is not null and date_trunc('month', q24.date_earliest) = date_trunc('month', q24.date_latest) then to_char(q24.date_earliest, 'YYYY-MM') end as key, case when q24.date_earliest is not null and q24.date_latest is not null and date_trunc('month', q24.date_earliest) = date_trunc('month', q24.date_latest) then to_char(q24.date_earliest, 'YYYY-MM') end as month, null::bigint as organization_id, count(distinct q24.id)::int as n from (
              select i25.*, l26.organization_id from (
                select d27.id, d27.announced_earliest as date_earliest, d27.announced_latest as date_latest, d27.announced_precision as date_precision from deal d27
              ) i25 left join (
                select distinct deal_id as id, organization_id from deal_party
              ) l26 on l26.id = i25.id
            ) q24 where (q24.date_precision is not null and coalesce(q24.date_earliest, '-infinity'::date) <= cast(? as date)) and (true) group by 1 having case when q24.date_earliest is not null and q24.date_latest is not null and date_trunc('month', q24.date_earliest) = date_trunc('month', q24.date_latest) then to_char(q24.date_earliest, 'YYYY-MM') end is not null
          ) g4 where true order by g4.month, g4.n desc, g4.key limit ?
        ) g4 where true
      ) as "buckets" from (
        select i28.*, l29.organization_id from (
          select d30.id, d30.announced_earliest as date_earliest, d30.announced_latest as date_latest, d30.announced_precision as date_precision from deal d30
        ) i28 left join (
          select distinct deal_id as id, organization_id from deal_party
        ) l29 on l29.id = i28.id
      ) q2 where q2.date_precision is not null and coalesce(q2.date_earliest, '-infinity'::date) <= cast(? as date) group by ()
    ) r1
  )
)::text
-- values: [2,2,2,"DATE:DESC","DATE:DESC",3,"2025-01-21",100,"2025-01-21"]
