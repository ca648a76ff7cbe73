-- activity
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json((count(distinct q2.id) filter (where (case when q2.date_earliest is not null and q2.date_latest is not null and date_trunc('month', q2.date_earliest) = date_trunc('month', q2.date_latest) then to_char(q2.date_earliest, 'YYYY-MM') end) is null))::int), '{"$error":0}'::json) as "notPlaced", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(g4.key), '{"$error":1}'::json) as "key", coalesce(to_json(g4.n), '{"$error":2}'::json) as "count", g4.month as "month", (
              select (
                select row_to_json(r5.*) from (
                  select c6.description as "description", c6.name as "name", coalesce(to_json(array(select a7.value from organization_alias a7 where a7.organization_id = c6.id and a7.kind = 'TICKER' order by a7.value limit 100)), '{"$error":3}'::json) as "a2"
                ) r5
              ) from organization c6 where c6.id = g4.organization_id limit 1
            ) as "organization"
          ) r3
        )::text, ',' order by g4.month, g4.n desc, g4.key), '') || ']')::json from (
          select g4.* from (
            select case when q8.date_earliest is not null and q8.date_latest is not null and date_trunc('month', q8.date_earliest) = date_trunc('month', q8.date_latest) then to_char(q8.date_earliest, 'YYYY-MM') end as key, case when q8.date_earliest is not null and q8.date_latest is not null and date_trunc('month', q8.date_earliest) = date_trunc('month', q8.date_latest) then to_char(q8.date_earliest, 'YYYY-MM') end as month, null::bigint as organization_id, count(distinct q8.id)::int as n from (
              select i9.*, l10.organization_id from (
                select e11.id, e11.date_earliest, e11.date_latest, e11.date_precision from event e11
              ) i9 left join (
                select event_id as id, organization_id from event_organization
              ) l10 on l10.id = i9.id
            ) q8 where (q8.date_precision is not null and coalesce(q8.date_latest, 'infinity'::date) >= cast(? as date)) and (true) group by 1 having case when q8.date_earliest is not null and q8.date_latest is not null and date_trunc('month', q8.date_earliest) = date_trunc('month', q8.date_latest) then to_char(q8.date_earliest, 'YYYY-MM') end is not null
          ) g4 where true order by g4.month, g4.n desc, g4.key limit ?
        ) g4 where true
      ) as "buckets" from (
        select i12.*, l13.organization_id from (
          select e14.id, e14.date_earliest, e14.date_latest, e14.date_precision from event e14
        ) i12 left join (
          select event_id as id, organization_id from event_organization
        ) l13 on l13.id = i12.id
      ) q2 where q2.date_precision is not null and coalesce(q2.date_latest, 'infinity'::date) >= cast(? as date) group by ()
    ) r1
  )
)::text
-- values: ["2026-04-13",100,"2026-04-13"]
