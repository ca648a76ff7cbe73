-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.status as "a0", coalesce(to_json((
          select (
            select row_to_json(r3.*) from (
              select coalesce(to_json(array(select a4.value from organization_alias a4 where a4.organization_id = c5.id and a4.kind = 'TICKER' order by a4.value limit 100)), '{"$error":0}'::json) as "tickers"
            ) r3
          ) from organization c5 where c5.id = t2.grantor_id limit 1
        )), '{"$error":1}'::json) as "grantor"
      ) r1
    ) from exclusivity_term t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["microsoft-sole-cloud-for-third-party-api-products"]
-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "a0", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.person_id = t2.id
        ) o6)), '{"$error":0}'::json) as "corroboration", t2.name as "name", coalesce(to_json(dg_global_id('Person', t2.slug)), '{"$error":1}'::json) as "a3", (
          select (
            select row_to_json(r7.*) from (
              select coalesce(to_json(array(select a8.value from organization_alias a8 where a8.organization_id = c9.id and a8.kind = 'TICKER' order by a8.value limit 100)), '{"$error":2}'::json) as "tickers", c9.name as "name", c9.slug as "slug", coalesce(to_json(array(select a10.value from organization_alias a10 where a10.organization_id = c9.id and a10.kind = 'ALIAS' order by a10.value limit 100)), '{"$error":3}'::json) as "aliases"
            ) r7
          ) from organization c9 where c9.id = t2.organization_id limit 1
        ) as "organization"
      ) r1
    ) from person t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["denise-dresser"]
