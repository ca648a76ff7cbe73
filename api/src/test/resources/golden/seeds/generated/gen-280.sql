-- activity
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json((count(distinct q2.id) filter (where (case when q2.date_earliest is not null and q2.date_latest is not null and date_trunc('month', q2.date_earliest) = date_trunc('month', q2.date_latest) then to_char(q2.date_earliest, 'YYYY-MM') end) is null))::int), '{"$error":0}'::json) as "notPlaced" from (
        select i3.*, l4.organization_id from (
          select e5.id, e5.date_earliest, e5.date_latest, e5.date_precision from event e5
        ) i3 left join (
          select event_id as id, organization_id from event_organization
        ) l4 on l4.id = i3.id
      ) q2 where q2.date_precision is not null and coalesce(q2.date_earliest, '-infinity'::date) <= cast(? as date) group by ()
    ) r1
  )
)::text
-- values: ["2015-06-30"]
-- r2
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(0), '{"$error":0}'::json) as "notPlaced", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r2.*) from (
            select coalesce(to_json(g3.n), '{"$error":1}'::json) as "count"
          ) r2
        )::text, ',' order by g3.month, g3.n desc, g3.key), '') || ']')::json from (
          select g3.* from (
            select (
              select o4.slug from organization o4 where o4.id = q5.organization_id
            ) as key, null::text as month, q5.organization_id as organization_id, count(distinct q5.id)::int as n from (
              select i6.*, l7.organization_id from (
                select e8.id, e8.date_earliest, e8.date_latest, e8.date_precision from event e8
              ) i6 left join (
                select event_id as id, organization_id from event_organization
              ) l7 on l7.id = i6.id
            ) q5 where true group by q5.organization_id having q5.organization_id is not null
          ) g3 where true order by g3.month, g3.n desc, g3.key limit ?
        ) g3 where true
      ) as "buckets" from (
        select i9.*, l10.organization_id from (
          select e11.id, e11.date_earliest, e11.date_latest, e11.date_precision from event e11
        ) i9 left join (
          select event_id as id, organization_id from event_organization
        ) l10 on l10.id = i9.id
      ) q12 where true group by ()
    ) r1
  )
)::text
-- values: [100]
