-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", coalesce(to_json(array(select a3.value from organization_alias a3 where a3.organization_id = t2.id and a3.kind = 'TICKER' order by a3.value limit 100)), '{"$error":0}'::json) as "a1", t2.name as "name", t2.description as "description", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r4.*) from (
              select coalesce(to_json(array(select a5.value from organization_alias a5 where a5.organization_id = c6.id and a5.kind = 'TICKER' order by a5.value limit 100)), '{"$error":1}'::json) as "tickers", coalesce(to_json(array(select a7.value from organization_alias a7 where a7.organization_id = c6.id and a7.kind = 'ALIAS' order by a7.value limit 100)), '{"$error":2}'::json) as "aliases", c6.description as "description", c6.slug as "slug", (
                select (
                  select row_to_json(r8.*) from (
                    select c9.kind as "kind", coalesce(to_json(array(select a10.value from organization_alias a10 where a10.organization_id = c9.id and a10.kind = 'ALIAS' order by a10.value limit 100)), '{"$error":3}'::json) as "aliases", c9.name as "name"
                  ) r8
                ) from organization c9 where c9.id = c6.parent_id limit 1
              ) as "parent"
            ) r4
          )::text, ',' order by c6.name, c6.id), '') || ']')::json from (
            select c6.* from organization c6 where c6.parent_id = t2.id order by c6.name, c6.id limit ?
          ) c6 where true
        ) as "units"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: [50,"beacon-capital-642"]
-- deals
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[1] as "startCursor", a3.cursors[array_length(a3.cursors, 1)] as "endCursor"
        ) r2
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors from (
          select row_number() over (order by t5.sort_0 desc, t5.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor from (
            select q6.*, (lower(q6.title)) collate "C" as sort_0 from deal q6 where true order by (lower(q6.title)) collate "C" desc, q6.id desc limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [8,"TITLE:DESC",9]
