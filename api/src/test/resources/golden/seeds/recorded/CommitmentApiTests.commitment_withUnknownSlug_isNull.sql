-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["amazon-invests-100b-in-openai"]
