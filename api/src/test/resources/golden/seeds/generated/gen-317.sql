-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Organization', t2.slug)), '{"$error":0}'::json) as "id", t2.kind as "kind", t2.name as "a2", coalesce(to_json(array(select a3.value from organization_alias a3 where a3.organization_id = t2.id and a3.kind = 'TICKER' order by a3.value limit 100)), '{"$error":1}'::json) as "tickers"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["amazon"]
