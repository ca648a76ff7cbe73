-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", t2.name as "name", t2.role as "role", (
          select (
            select row_to_json(r3.*) from (
              select c4.slug as "slug", c4.name as "name", c4.kind as "kind"
            ) r3
          ) from organization c4 where c4.id = t2.organization_id limit 1
        ) as "organization"
      ) r1
    ) from person t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["denise-dresser"]
