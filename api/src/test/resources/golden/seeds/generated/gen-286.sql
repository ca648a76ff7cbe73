-- organizationByName
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.kind as "kind", t2.description as "description", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r3.*) from (
              select coalesce(to_json(dg_global_id('Organization', c4.slug)), '{"$error":0}'::json) as "id", coalesce(to_json(array(select a5.value from organization_alias a5 where a5.organization_id = c4.id and a5.kind = 'ALIAS' order by a5.value limit 100)), '{"$error":1}'::json) as "aliases"
            ) r3
          )::text, ',' order by c4.name, c4.id), '') || ']')::json from (
            select c4.* from organization c4 where c4.parent_id = t2.id order by c4.name, c4.id limit ?
          ) c4 where true
        ) as "units"
      ) r1
    ) from organization t2 where lower(t2.name) = lower(?) or exists (select 1 from organization_alias a6 where a6.organization_id = t2.id and lower(a6.value) = lower(?)) order by t2.id limit 1
  )
)::text
-- values: [50,"Stargate project","Stargate project"]
