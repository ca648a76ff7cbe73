-- node
select (
  (
    select (
      select row_to_json(r1.*) from (
        select 'Commitment'::text as "__typename"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["openai-uses-trainium-for-training"]
