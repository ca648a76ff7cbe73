-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Person', t2.slug)), '{"$error":0}'::json) as "id", t2.role as "role", coalesce(to_json(array(select o3.outlet from (
          select distinct trim(o4.outlet) collate "C" as outlet from citation c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o4(outlet) where c5.person_id = t2.id
        ) o3 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", t2.name as "name", (
          select (
            select row_to_json(r7.*) from (
              select c8.description as "description", c8.slug as "slug"
            ) r7
          ) from organization c8 where c8.id = t2.organization_id limit 1
        ) as "organization"
      ) r1
    ) from person t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["denise-dresser"]
