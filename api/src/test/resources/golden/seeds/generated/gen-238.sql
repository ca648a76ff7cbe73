-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.file_name as "fileName"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["openai-shifts-aggressively-toward-amazon-2026-04-30"]
