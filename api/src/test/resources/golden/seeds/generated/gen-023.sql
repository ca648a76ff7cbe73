-- activity
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(0), '{"$error":0}'::json) as "a0" from (
        select i2.*, l3.organization_id from (
          select d4.id, d4.announced_earliest as date_earliest, d4.announced_latest as date_latest, d4.announced_precision as date_precision from deal d4
        ) i2 left join (
          select distinct deal_id as id, organization_id from deal_party
        ) l3 on l3.id = i2.id
      ) q5 where true group by ()
    ) r1
  )
)::text
-- values: []
-- r2
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from person q2 where true
      ) as "totalCount", (
        select row_to_json(r3.*) from (
          select exists (
            select 1 from person q2 where (true) and (not ((lower(q2.name)) collate "C", q2.id) > (cast(? as text) collate "C", ?))
          ) as "hasPreviousPage", a4.fetched > ? as "hasNextPage"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor from (
            select q2.*, (lower(q2.name)) collate "C" as sort_0 from person q2 where (true) and (((lower(q2.name)) collate "C", q2.id) > (cast(? as text) collate "C", ?)) order by (lower(q2.name)) collate "C", q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: ["denise dresser",1,20,20,"NAME:ASC","denise dresser",1,21]
