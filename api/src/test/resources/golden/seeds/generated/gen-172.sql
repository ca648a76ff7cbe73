-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["openai-memo-microsoft-limited-its-ability"]
