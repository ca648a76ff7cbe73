-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select 'Deal'::text as "__typename"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["nimbus-holdings-54-stratus-systems-765-restructuring-1000"]
