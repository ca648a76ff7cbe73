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
        select 'Deal'::text as "__typename", coalesce(to_json(dg_global_id('Deal', t4.slug)), '{"$error":1}'::json) as "id"
      ) r3
    ) from deal t4 where t4.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["helios-ventures-560","cobalt-robotics-290-orion-ventures-373-cloud-agreement-4285"]
