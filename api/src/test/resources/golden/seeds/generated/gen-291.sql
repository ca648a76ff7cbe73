-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.horizon as "horizon", t2.resource as "resource", '{}'::json as "citations"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["amazon-invests-50b-in-openai-announced"]
