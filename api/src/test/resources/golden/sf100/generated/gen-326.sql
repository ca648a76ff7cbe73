-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.title as "title"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["no-such-deal"]
