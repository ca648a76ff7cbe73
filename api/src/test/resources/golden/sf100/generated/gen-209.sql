-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select a2.value from organization_alias a2 where a2.organization_id = t3.id and a2.kind = 'TICKER' order by a2.value limit 100)), '{"$error":0}'::json) as "tickers"
      ) r1
    ) from organization t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["apex-networks-824"]
