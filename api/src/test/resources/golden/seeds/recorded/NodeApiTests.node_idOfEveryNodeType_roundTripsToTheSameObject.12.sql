-- node
select (
  (
    select (
      select row_to_json(r1.*) from (
        select 'Statement'::text as "__typename", coalesce(to_json(dg_global_id('Statement', t2.slug)), '{"$error":0}'::json) as "id", t2.slug as "slug"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["microsoft-openai-joint-statement-evolve-partnership"]
