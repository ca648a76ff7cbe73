-- organizations
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from organization q2 where true
      ) as "totalCount", (
        select row_to_json(r3.*) from (
          select a4.fetched > ? as "hasNextPage", a4.cursors[array_length(a4.cursors, 1)] as "endCursor"
        ) r3
      ) as "pageInfo", ('[' || coalesce(a4.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select coalesce(to_json(dg_global_id('Organization', t6.slug)), '{"$error":0}'::json) as "id", t6.slug as "slug", t6.name as "name", coalesce(to_json(array(select a8.value from organization_alias a8 where a8.organization_id = t6.id and a8.kind = 'ALIAS' order by a8.value limit 100)), '{"$error":1}'::json) as "aliases", coalesce(to_json(array(select a9.value from organization_alias a9 where a9.organization_id = t6.id and a9.kind = 'TICKER' order by a9.value limit 100)), '{"$error":2}'::json) as "tickers"
            ) r7
          ) as l0 from (
            select q2.*, (lower(q2.name)) collate "C" as sort_0 from organization q2 where (true) and (((lower(q2.name)) collate "C", q2.id) > (cast(? as text) collate "C", ?)) order by (lower(q2.name)) collate "C", q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: [40,40,40,"NAME:ASC","apex robotics 664",10000664,41]
