-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select '{"$error":0}'::json as "parties", '{"$error":1}'::json as "citations"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["microsoft-openai-restructuring-2026-04"]
