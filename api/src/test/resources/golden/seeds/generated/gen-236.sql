-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select 'Person'::text as "__typename"
      ) r1
    ) from person t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["denise-dresser"]
