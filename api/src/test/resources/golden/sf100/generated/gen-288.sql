-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.kind as "kind"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["beacon-networks-627"]
