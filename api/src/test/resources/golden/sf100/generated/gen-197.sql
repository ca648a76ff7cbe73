-- activity
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(0), '{"$error":0}'::json) as "notPlaced", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r2.*) from (
            select coalesce(to_json(g3.n), '{"$error":1}'::json) as "count", g3.month as "month", (
              select (
                select row_to_json(r4.*) from (
                  select coalesce(to_json(array(select a5.value from organization_alias a5 where a5.organization_id = c6.id and a5.kind = 'TICKER' order by a5.value limit 100)), '{"$error":2}'::json) as "tickers"
                ) r4
              ) from organization c6 where c6.id = g3.organization_id limit 1
            ) as "organization"
          ) r2
        )::text, ',' order by g3.month, g3.n desc, g3.key), '') || ']')::json from (
          select g3.* from (
            select (
              select o7.slug from organization o7 where o7.id = q8.organization_id
            ) as key, null::text as month, q8.organization_id as organization_id, count(distinct q8.id)::int as n from (
              select i9.*, l10.organization_id from (
                select d11.id, d11.announced_earliest as date_earliest, d11.announced_latest as date_latest, d11.announced_precision as date_precision from deal d11
              ) i9 left join (
                select distinct deal_id as id, organization_id from deal_party
              ) l10 on l10.id = i9.id
            ) q8 where (q8.date_precision is not null and coalesce(q8.date_latest, 'infinity'::date) >= cast(? as date)) and (true) group by q8.organization_id having q8.organization_id is not null
          ) g3 where true order by g3.month, g3.n desc, g3.key limit ?
        ) g3 where true
      ) as "buckets" from (
        select i12.*, l13.organization_id from (
          select d14.id, d14.announced_earliest as date_earliest, d14.announced_latest as date_latest, d14.announced_precision as date_precision from deal d14
        ) i12 left join (
          select distinct deal_id as id, organization_id from deal_party
        ) l13 on l13.id = i12.id
      ) q15 where q15.date_precision is not null and coalesce(q15.date_latest, 'infinity'::date) >= cast(? as date) group by ()
    ) r1
  )
)::text
-- values: ["2026-04-28",100,"2026-04-28"]
