-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.summary as "summary", t2.title as "title"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["harbor-capital-31-beacon-ai-164-co-development-deal-6072"]
