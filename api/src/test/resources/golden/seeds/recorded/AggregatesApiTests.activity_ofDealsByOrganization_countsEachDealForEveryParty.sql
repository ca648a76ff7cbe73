-- activity
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(0), '{"$error":0}'::json) as "notPlaced", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r2.*) from (
            select coalesce(to_json(g3.key), '{"$error":1}'::json) as "key", g3.month as "month", (
              select (
                select row_to_json(r4.*) from (
                  select c5.slug as "slug"
                ) r4
              ) from organization c5 where c5.id = g3.organization_id limit 1
            ) as "organization", coalesce(to_json(g3.n), '{"$error":2}'::json) as "count"
          ) r2
        )::text, ',' order by g3.month, g3.n desc, g3.key), '') || ']')::json from (
          select g3.* from (
            select (
              select o6.slug from organization o6 where o6.id = q7.organization_id
            ) as key, null::text as month, q7.organization_id as organization_id, count(distinct q7.id)::int as n from (
              select i8.*, l9.organization_id from (
                select d10.id, d10.announced_earliest as date_earliest, d10.announced_latest as date_latest, d10.announced_precision as date_precision from deal d10
              ) i8 left join (
                select distinct deal_id as id, organization_id from deal_party
              ) l9 on l9.id = i8.id
            ) q7 where true group by q7.organization_id having q7.organization_id is not null
          ) g3 where true order by g3.month, g3.n desc, g3.key limit ?
        ) g3 where true
      ) as "buckets" from (
        select i11.*, l12.organization_id from (
          select d13.id, d13.announced_earliest as date_earliest, d13.announced_latest as date_latest, d13.announced_precision as date_precision from deal d13
        ) i11 left join (
          select distinct deal_id as id, organization_id from deal_party
        ) l12 on l12.id = i11.id
      ) q14 where true group by ()
    ) r1
  )
)::text
-- values: [100]
