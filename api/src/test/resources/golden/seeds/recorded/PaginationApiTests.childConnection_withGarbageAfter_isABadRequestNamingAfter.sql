-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select '{"$error":0}'::json as "parties"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["stargate"]
