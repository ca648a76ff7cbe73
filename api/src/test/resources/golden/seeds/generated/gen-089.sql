-- r1
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(0), '{"$error":0}'::json) as "notPlaced", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r2.*) from (
            select coalesce(to_json(g3.key), '{"$error":1}'::json) as "key", coalesce(to_json(g3.n), '{"$error":2}'::json) as "count", g3.month as "month"
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
            ) q5 where (q5.date_precision is not null and coalesce(q5.date_latest, 'infinity'::date) >= cast(? as date)) and (q5.date_precision is not null and coalesce(q5.date_earliest, '-infinity'::date) <= cast(? as date)) and (true) group by q5.organization_id having q5.organization_id is not null
          ) g3 where true order by g3.month, g3.n desc, g3.key limit ?
        ) g3 where true
      ) as "buckets" from (
        select i9.*, l10.organization_id from (
          select e11.id, e11.date_earliest, e11.date_latest, e11.date_precision from event e11
        ) i9 left join (
          select event_id as id, organization_id from event_organization
        ) l10 on l10.id = i9.id
      ) q12 where (q12.date_precision is not null and coalesce(q12.date_latest, 'infinity'::date) >= cast(? as date)) and (q12.date_precision is not null and coalesce(q12.date_earliest, '-infinity'::date) <= cast(? as date)) group by ()
    ) r1
  )
)::text
-- values: ["2026-04-13","2016-05-30",100,"2026-04-13","2016-05-30"]
-- people
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[1] as "startCursor"
        ) r2
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor from (
            select q6.*, (lower(q6.name)) collate "C" as sort_0 from person q6 where true order by (lower(q6.name)) collate "C", q6.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [5,"NAME:ASC",6]
