-- organizations
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from organization q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes", ('[' || coalesce(a3.l1, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0, string_agg(n4.l1::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l1 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select coalesce(to_json(array(select a7.value from organization_alias a7 where a7.organization_id = t5.id and a7.kind = 'ALIAS' order by a7.value limit 100)), '{"$error":0}'::json) as "a0", t5.kind as "kind"
            ) r6
          ) as l0, (
            select row_to_json(r8.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor", (
                select row_to_json(r9.*) from (
                  select coalesce(to_json(array(select a10.value from organization_alias a10 where a10.organization_id = t5.id and a10.kind = 'TICKER' order by a10.value limit 100)), '{"$error":1}'::json) as "tickers", t5.kind as "kind"
                ) r9
              ) as "node"
            ) r8
          ) as l1 from (
            select q2.*, (lower(q2.name)) collate "C" as sort_0 from organization q2 where (true) and (((lower(q2.name)) collate "C", q2.id) > (cast(? as text) collate "C", ?)) order by (lower(q2.name)) collate "C", q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [5,5,5,"NAME:ASC","NAME:ASC","openai",1,6]
