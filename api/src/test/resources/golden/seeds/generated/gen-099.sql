-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(t2.slug), '{"$error":0}'::json) as "slug", coalesce(to_json(dg_global_id('ExclusivityTerm', t2.slug)), '{"$error":1}'::json) as "id", coalesce(to_json(t2.scope), '{"$error":2}'::json) as "scope", (case when t2.valid_from_precision is null then null else (
          select row_to_json(r3.*) from (
            select t2.valid_from_earliest as "earliest", coalesce(to_json(t2.valid_from_precision), '{"$error":3}'::json) as "precision", t2.valid_from_latest as "latest"
          ) r3
        ) end) as "validFrom", coalesce(to_json((
          select (
            select row_to_json(r4.*) from (
              select coalesce(to_json(array(select a5.value from organization_alias a5 where a5.organization_id = c6.id and a5.kind = 'TICKER' order by a5.value limit 100)), '{"$error":4}'::json) as "tickers", c6.name as "a1", coalesce(to_json(array(select a7.value from organization_alias a7 where a7.organization_id = c6.id and a7.kind = 'ALIAS' order by a7.value limit 100)), '{"$error":5}'::json) as "aliases", c6.description as "description"
            ) r4
          ) from organization c6 where c6.id = t2.holder_id limit 1
        )), '{"$error":6}'::json) as "holder"
      ) r1
    ) from exclusive_term t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["azure-exclusive-cloud-for-stateless-openai-apis"]
