-- found
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Person', t2.slug)), '{"$error":0}'::json) as "id", t2.slug as "slug"
      ) r1
    ) from person t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["denise-dresser"]
