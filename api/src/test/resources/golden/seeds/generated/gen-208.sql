-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Person', t2.slug)), '{"$error":0}'::json) as "id", t2.role as "role", coalesce(to_json(array(select o3.outlet from (
          select distinct trim(o4.outlet) collate "C" as outlet from (
            select cc5.source_id, cc5.credited_outlet, bool_or(cc5.credited_outlet is not null) over (partition by cc5.source_id) as credits from citation cc5 where cc5.person_id = t2.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o4(outlet)
        ) o3 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", t2.name as "name", (
          select (
            select row_to_json(r8.*) from (
              select c9.description as "description", c9.slug as "slug"
            ) r8
          ) from organization c9 where c9.id = t2.organization_id limit 1
        ) as "organization"
      ) r1
    ) from person t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["denise-dresser"]
