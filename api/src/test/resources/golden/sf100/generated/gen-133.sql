-- r1
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json((count(distinct q2.id) filter (where (case when q2.date_earliest is not null and q2.date_latest is not null and date_trunc('month', q2.date_earliest) = date_trunc('month', q2.date_latest) then to_char(q2.date_earliest, 'YYYY-MM') end) is null))::int), '{"$error":0}'::json) as "notPlaced", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(g4.key), '{"$error":1}'::json) as "key", coalesce(to_json(g4.n), '{"$error":2}'::json) as "count", g4.month as "month"
          ) r3
        )::text, ',' order by g4.month, g4.n desc, g4.key), '') || ']')::json from (
          select g4.* from (
            select case when q5.date_earliest is not null and q5.date_latest is not null and date_trunc('month', q5.date_earliest) = date_trunc('month', q5.date_latest) then to_char(q5.date_earliest, 'YYYY-MM') end as key, case when q5.date_earliest is not null and q5.date_latest is not null and date_trunc('month', q5.date_earliest) = date_trunc('month', q5.date_latest) then to_char(q5.date_earliest, 'YYYY-MM') end as month, null::bigint as organization_id, count(distinct q5.id)::int as n from (
              select i6.*, l7.organization_id from (
                select e8.id, e8.date_earliest, e8.date_latest, e8.date_precision from event e8
              ) i6 left join (
                select event_id as id, organization_id from event_organization
              ) l7 on l7.id = i6.id
            ) q5 where (q5.date_precision is not null and coalesce(q5.date_latest, 'infinity'::date) >= cast(? as date)) and (true) group by 1 having case when q5.date_earliest is not null and q5.date_latest is not null and date_trunc('month', q5.date_earliest) = date_trunc('month', q5.date_latest) then to_char(q5.date_earliest, 'YYYY-MM') end is not null
          ) g4 where true order by g4.month, g4.n desc, g4.key limit ?
        ) g4 where true
      ) as "buckets" from (
        select i9.*, l10.organization_id from (
          select e11.id, e11.date_earliest, e11.date_latest, e11.date_precision from event e11
        ) i9 left join (
          select event_id as id, organization_id from event_organization
        ) l10 on l10.id = i9.id
      ) q2 where q2.date_precision is not null and coalesce(q2.date_latest, 'infinity'::date) >= cast(? as date) group by ()
    ) r1
  )
)::text
-- values: ["2016-06-01",100,"2016-06-01"]
-- nodes
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Person'::text as "__typename"
      ) r1
    ) from person t2 where t2.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r3.*) from (
        select 'ExclusivityTerm'::text as "__typename"
      ) r3
    ) from exclusive_term t4 where t4.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r5.*) from (
        select 'Organization'::text as "__typename"
      ) r5
    ) from organization t6 where t6.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r7.*) from (
        select 'Organization'::text as "__typename"
      ) r7
    ) from organization t8 where t8.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["carlos-garcia-263","exclusivity-151","polar-semiconductor-481","cobalt-networks-738"]
