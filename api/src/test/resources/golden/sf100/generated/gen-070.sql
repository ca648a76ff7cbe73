-- r1
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from organization q2 where q2.kind = ?
      ) as "a0", ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor"
            ) r6
          ) as l0 from (
            select q2.*, (lower(q2.name)) collate "C" as sort_0 from organization q2 where (q2.kind = ?) and (((lower(q2.name)) collate "C", q2.id) > (cast(? as text) collate "C", ?)) order by (lower(q2.name)) collate "C", q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: ["INVESTMENT_FIRM",8,8,"NAME:ASC","NAME:ASC","INVESTMENT_FIRM","apex robotics 664",10000664,9]
-- node
select (
  (
    select (
      select row_to_json(r1.*) from (
        select 'Source'::text as "__typename", coalesce(to_json(dg_global_id('Source', t2.slug)), '{"$error":0}'::json) as "id"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["generated-article-84"]
-- activity
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(0), '{"$error":0}'::json) as "notPlaced", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r2.*) from (
            select g3.month as "month", coalesce(to_json(g3.key), '{"$error":1}'::json) as "key", coalesce(to_json(g3.n), '{"$error":2}'::json) as "count", (
              select (
                select row_to_json(r4.*) from (
                  select coalesce(to_json(dg_global_id('Organization', c5.slug)), '{"$error":3}'::json) as "id", c5.kind as "kind"
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
