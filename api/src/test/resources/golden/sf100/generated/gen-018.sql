-- r1
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Organization'::text as "__typename"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["apex-capital-88"]
