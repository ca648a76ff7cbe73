-- nodes
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Organization'::text as "__typename", coalesce(to_json(dg_global_id('Organization', t2.slug)), '{"$error":0}'::json) as "id"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r3.*) from (
        select 'Commitment'::text as "__typename", coalesce(to_json(dg_global_id('Commitment', t4.slug)), '{"$error":1}'::json) as "id"
      ) r3
    ) from commitment t4 where t4.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r5.*) from (
        select 'Statement'::text as "__typename", coalesce(to_json(dg_global_id('Statement', t6.slug)), '{"$error":2}'::json) as "id"
      ) r5
    ) from statement t6 where t6.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["stargate","openai-continues-increasing-azure-use-2025-01","microsoft-amazon-collaborations-always-contemplated"]
