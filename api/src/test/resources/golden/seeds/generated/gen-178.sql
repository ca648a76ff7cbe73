-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select 'Source'::text as "__typename"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["cloud-politics-heat-up"]
