-- activity
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(0), '{"$error":0}'::json) as "notPlaced", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r2.*) from (
            select coalesce(to_json(g3.key), '{"$error":1}'::json) as "key", (
              select (
                select row_to_json(r4.*) from (
                  select c5.slug as "slug", c5.description as "description"
                ) r4
              ) from organization c5 where c5.id = g3.organization_id limit 1
            ) as "organization"
          ) r2
        )::text, ',' order by g3.month, g3.n desc, g3.key), '') || ']')::json from (
          select g3.* from (
            select (
              select o6.slug from organization o6 where o6.id = q7.organization_id
            ) as key, null::text as month, q7.organization_id as organization_id, count(distinct q7.id)::int as n from (
              select i8.*, l9.organization_id from (
                select e10.id, e10.date_earliest, e10.date_latest, e10.date_precision from event e10
              ) i8 left join (
                select event_id as id, organization_id from event_organization
              ) l9 on l9.id = i8.id
            ) q7 where (q7.date_precision is not null and coalesce(q7.date_earliest, '-infinity'::date) <= cast(? as date)) and (true) group by q7.organization_id having q7.organization_id is not null
          ) g3 where true order by g3.month, g3.n desc, g3.key limit ?
        ) g3 where true
      ) as "buckets" from (
        select i11.*, l12.organization_id from (
          select e13.id, e13.date_earliest, e13.date_latest, e13.date_precision from event e13
        ) i11 left join (
          select event_id as id, organization_id from event_organization
        ) l12 on l12.id = i11.id
      ) q14 where q14.date_precision is not null and coalesce(q14.date_earliest, '-infinity'::date) <= cast(? as date) group by ()
    ) r1
  )
)::text
-- values: ["2025-10-28",100,"2025-10-28"]
