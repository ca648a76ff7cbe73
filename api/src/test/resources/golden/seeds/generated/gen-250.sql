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
                                select distinct trim(o14.outlet) collate "C" as outlet from citation c15 join source s16 on s16.id = c15.source_id cross join lateral unnest(case when c15.credited_outlet is not null then string_to_array(c15.credited_outlet, ',') else array[coalesce(s16.publisher, s16.author, '“' || s16.title || '”')] end) as o14(outlet) where c15.statement_id = t11.id
                              ) o17)), '{"$error":3}'::json) as "corroboration", (case when t11.date_precision is null then null else (
                                select row_to_json(r18.*) from (
                                  select t11.date_earliest as "earliest", coalesce(to_json(t11.date_precision), '{"$error":4}'::json) as "precision", coalesce(to_json(dg_fuzzy_display(t11.date_earliest, t11.date_latest, t11.date_precision)), '{"$error":5}'::json) as "display"
                                ) r18
                              ) end) as "date"
                            ) r13
                          ) as l1 from (
                            select q19.*, coalesce(q19.date_latest, q19.date_earliest, '-infinity'::date) as sort_0 from statement q19 where exists (select 1 from (
                              select ss20.statement_id, ss20.organization_id from statement_speaker ss20 where ss20.organization_id is not null union select ss20.statement_id, sp21.organization_id from statement_speaker ss20 join person sp21 on sp21.id = ss20.person_id where sp21.organization_id is not null
                            ) so22 where so22.statement_id = q19.id and so22.organization_id = c7.id) order by coalesce(q19.date_latest, q19.date_earliest, '-infinity'::date) desc, q19.id desc limit ?
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
            select case when q23.date_earliest is not null and q23.date_latest is not null and date_trunc('month', q23.date_earliest) = date_trunc('month', q23.date_latest) then to_char(q23.date_earliest, 'YYYY-MM') end as key, case when q23.date_earliest is not null and q23.date_latest is not null and date_trunc('month', q23.date_earliest) = date_trunc('month', q23.date_latest) then to_char(q23.date_earliest, 'YYYY-MM') end as month, null::bigint as organization_id, count(distinct q23.id)::int as n from (
              select i24.*, l25.organization_id from (
                select d26.id, d26.announced_earliest as date_earliest, d26.announced_latest as date_latest, d26.announced_precision as date_precision from deal d26
              ) i24 left join (
                select distinct deal_id as id, organization_id from deal_party
              ) l25 on l25.id = i24.id
            ) q23 where (q23.date_precision is not null and coalesce(q23.date_earliest, '-infinity'::date) <= cast(? as date)) and (true) group by 1 having case when q23.date_earliest is not null and q23.date_latest is not null and date_trunc('month', q23.date_earliest) = date_trunc('month', q23.date_latest) then to_char(q23.date_earliest, 'YYYY-MM') end is not null
          ) g4 where true order by g4.month, g4.n desc, g4.key limit ?
        ) g4 where true
      ) as "buckets" from (
        select i27.*, l28.organization_id from (
          select d29.id, d29.announced_earliest as date_earliest, d29.announced_latest as date_latest, d29.announced_precision as date_precision from deal d29
        ) i27 left join (
          select distinct deal_id as id, organization_id from deal_party
        ) l28 on l28.id = i27.id
      ) q2 where q2.date_precision is not null and coalesce(q2.date_earliest, '-infinity'::date) <= cast(? as date) group by ()
    ) r1
  )
)::text
-- values: [2,2,2,"DATE:DESC","DATE:DESC",3,"2025-01-21",100,"2025-01-21"]
