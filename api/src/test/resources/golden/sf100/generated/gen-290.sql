-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.status as "status", t2.kind as "a1"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["aurora-networks-28-quantum-networks-33-partnership-605"]
