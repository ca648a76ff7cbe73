-- activity
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json((count(distinct q2.id) filter (where (case when q2.date_earliest is not null and q2.date_latest is not null and date_trunc('month', q2.date_earliest) = date_trunc('month', q2.date_latest) then to_char(q2.date_earliest, 'YYYY-MM') end) is null))::int), '{"$error":0}'::json) as "notPlaced", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select g4.month as "month", coalesce(to_json(g4.key), '{"$error":1}'::json) as "key", coalesce(to_json(g4.n), '{"$error":2}'::json) as "count", (
              select (
                select row_to_json(r5.*) from (
                  select c6.description as "description", c6.kind as "kind", coalesce(to_json(array(select a7.value from organization_alias a7 where a7.organization_id = c6.id and a7.kind = 'ALIAS' order by a7.value limit 100)), '{"$error":3}'::json) as "aliases", c6.slug as "slug"
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
            ) q8 where true group by 1 having case when q8.date_earliest is not null and q8.date_latest is not null and date_trunc('month', q8.date_earliest) = date_trunc('month', q8.date_latest) then to_char(q8.date_earliest, 'YYYY-MM') end is not null
          ) g4 where true order by g4.month, g4.n desc, g4.key limit ?
        ) g4 where true
      ) as "buckets" from (
        select i12.*, l13.organization_id from (
          select e14.id, e14.date_earliest, e14.date_latest, e14.date_precision from event e14
        ) i12 left join (
          select event_id as id, organization_id from event_organization
        ) l13 on l13.id = i12.id
      ) q2 where true group by ()
    ) r1
  )
)::text
-- values: [100]
-- statements
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from statement q2 where true
      ) as "a0", (
        select row_to_json(r3.*) from (
          select a4.cursors[array_length(a4.cursors, 1)] as "endCursor"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors from (
          select row_number() over (order by t6.sort_0 desc, t6.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor from (
            select q2.*, coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) as sort_0 from statement q2 where true order by coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) desc, q2.id desc limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: [7,"DATE:DESC",8]
-- node
select (
  (
    select (
      select row_to_json(r1.*) from (
        select 'Organization'::text as "__typename", t2.kind as "kind", t2.name as "name", t2.description as "description", coalesce(to_json(array(select a3.value from organization_alias a3 where a3.organization_id = t2.id and a3.kind = 'TICKER' order by a3.value limit 100)), '{"$error":0}'::json) as "tickers"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["polar-labs-55"]
