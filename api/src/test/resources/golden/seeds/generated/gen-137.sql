-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(t2.status), '{"$error":0}'::json) as "a0", coalesce(to_json((
          select (
            select row_to_json(r3.*) from (
              select coalesce(to_json(array(select a4.value from organization_alias a4 where a4.organization_id = c5.id and a4.kind = 'TICKER' order by a4.value limit 100)), '{"$error":1}'::json) as "tickers"
            ) r3
          ) from organization c5 where c5.id = t2.grantor_id limit 1
        )), '{"$error":2}'::json) as "grantor"
      ) r1
    ) from exclusive_term t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["microsoft-sole-cloud-for-third-party-api-products"]
-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "a0", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.person_id = t2.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o3(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", t2.name as "name", coalesce(to_json(dg_global_id('Person', t2.slug)), '{"$error":1}'::json) as "a3", (
          select (
            select row_to_json(r8.*) from (
              select coalesce(to_json(array(select a9.value from organization_alias a9 where a9.organization_id = c10.id and a9.kind = 'TICKER' order by a9.value limit 100)), '{"$error":2}'::json) as "tickers", c10.name as "name", c10.slug as "slug", coalesce(to_json(array(select a11.value from organization_alias a11 where a11.organization_id = c10.id and a11.kind = 'ALIAS' order by a11.value limit 100)), '{"$error":3}'::json) as "aliases"
            ) r8
          ) from organization c10 where c10.id = t2.organization_id limit 1
        ) as "organization"
      ) r1
    ) from person t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["denise-dresser"]
