-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.description as "description", t2.kind as "kind"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["amazon-openai-partnership-announced-2026-02-27"]
