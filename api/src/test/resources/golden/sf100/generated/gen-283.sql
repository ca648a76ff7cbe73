-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.name as "name", coalesce(to_json(array(select a3.value from organization_alias a3 where a3.organization_id = t2.id and a3.kind = 'ALIAS' order by a3.value limit 100)), '{"$error":0}'::json) as "aliases", coalesce(to_json(array(select a4.value from organization_alias a4 where a4.organization_id = t2.id and a4.kind = 'TICKER' order by a4.value limit 100)), '{"$error":1}'::json) as "tickers", t2.kind as "kind"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["apex-cloud-856"]
