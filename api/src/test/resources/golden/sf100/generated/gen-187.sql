-- node
select (
  (
    select (
      select row_to_json(r1.*) from (
        select 'Statement'::text as "__typename"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["statement-7081"]
