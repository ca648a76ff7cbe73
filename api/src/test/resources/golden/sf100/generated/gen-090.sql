-- activity
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(0), '{"$error":0}'::json) as "notPlaced", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r2.*) from (
            select coalesce(to_json(g3.key), '{"$error":1}'::json) as "key", g3.month as "month", coalesce(to_json(g3.n), '{"$error":2}'::json) as "count"
          ) r2
        )::text, ',' order by g3.month, g3.n desc, g3.key), '') || ']')::json from (
          select g3.* from (
            select (
              select o4.slug from organization o4 where o4.id = q5.organization_id
            ) as key, null::text as month, q5.organization_id as organization_id, count(distinct q5.id)::int as n from (
              select i6.*, l7.organization_id from (
                select d8.id, d8.announced_earliest as date_earliest, d8.announced_latest as date_latest, d8.announced_precision as date_precision from deal d8
              ) i6 left join (
                select distinct deal_id as id, organization_id from deal_party
              ) l7 on l7.id = i6.id
            ) q5 where (q5.date_precision is not null and coalesce(q5.date_latest, 'infinity'::date) >= cast(? as date)) and (true) group by q5.organization_id having q5.organization_id is not null
          ) g3 where true order by g3.month, g3.n desc, g3.key limit ?
        ) g3 where true
      ) as "buckets" from (
        select i9.*, l10.organization_id from (
          select d11.id, d11.announced_earliest as date_earliest, d11.announced_latest as date_latest, d11.announced_precision as date_precision from deal d11
        ) i9 left join (
          select distinct deal_id as id, organization_id from deal_party
        ) l10 on l10.id = i9.id
      ) q12 where q12.date_precision is not null and coalesce(q12.date_latest, 'infinity'::date) >= cast(? as date) group by ()
    ) r1
  )
)::text
-- values: ["2017-06-14",100,"2017-06-14"]
