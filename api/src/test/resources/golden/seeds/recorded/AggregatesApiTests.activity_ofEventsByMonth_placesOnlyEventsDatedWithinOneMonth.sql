-- activity
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json((count(distinct q2.id) filter (where (case when q2.date_earliest is not null and q2.date_latest is not null and date_trunc('month', q2.date_earliest) = date_trunc('month', q2.date_latest) then to_char(q2.date_earliest, 'YYYY-MM') end) is null))::int), '{"$error":0}'::json) as "notPlaced", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(g4.key), '{"$error":1}'::json) as "key", g4.month as "month", (
              select (
                select row_to_json(r5.*) from (
                  select c6.slug as "slug"
                ) r5
              ) from organization c6 where c6.id = g4.organization_id limit 1
            ) as "organization", coalesce(to_json(g4.n), '{"$error":2}'::json) as "count"
          ) r3
        )::text, ',' order by g4.month, g4.n desc, g4.key), '') || ']')::json from (
          select g4.* from (
            select case when q7.date_earliest is not null and q7.date_latest is not null and date_trunc('month', q7.date_earliest) = date_trunc('month', q7.date_latest) then to_char(q7.date_earliest, 'YYYY-MM') end as key, case when q7.date_earliest is not null and q7.date_latest is not null and date_trunc('month', q7.date_earliest) = date_trunc('month', q7.date_latest) then to_char(q7.date_earliest, 'YYYY-MM') end as month, null::bigint as organization_id, count(distinct q7.id)::int as n from (
              select i8.*, l9.organization_id from (
                select e10.id, e10.date_earliest, e10.date_latest, e10.date_precision from event e10
              ) i8 left join (
                select event_id as id, organization_id from event_organization
              ) l9 on l9.id = i8.id
            ) q7 where true group by 1 having case when q7.date_earliest is not null and q7.date_latest is not null and date_trunc('month', q7.date_earliest) = date_trunc('month', q7.date_latest) then to_char(q7.date_earliest, 'YYYY-MM') end is not null
          ) g4 where true order by g4.month, g4.n desc, g4.key limit ?
        ) g4 where true
      ) as "buckets" from (
        select i11.*, l12.organization_id from (
          select e13.id, e13.date_earliest, e13.date_latest, e13.date_precision from event e13
        ) i11 left join (
          select event_id as id, organization_id from event_organization
        ) l12 on l12.id = i11.id
      ) q2 where true group by ()
    ) r1
  )
)::text
-- values: [100]
