-- organizations
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges", ('[' || coalesce(a2.l1, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0, string_agg(n3.l1::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l1 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", (
                select row_to_json(r6.*) from (
                  select t4.description as "description", t4.slug as "slug"
                ) r6
              ) as "node"
            ) r5
          ) as l0, (
            select row_to_json(r7.*) from (
              select coalesce(to_json(array(select a8.value from organization_alias a8 where a8.organization_id = t4.id and a8.kind = 'TICKER' order by a8.value limit 100)), '{"$error":0}'::json) as "tickers", coalesce(to_json(array(select a9.value from organization_alias a9 where a9.organization_id = t4.id and a9.kind = 'ALIAS' order by a9.value limit 100)), '{"$error":1}'::json) as "aliases", t4.description as "description"
            ) r7
          ) as l1 from (
            select q10.*, (lower(q10.name)) collate "C" as sort_0 from organization q10 where (q10.kind = ?) and (((lower(q10.name)) collate "C", q10.id) > (cast(? as text) collate "C", ?)) order by (lower(q10.name)) collate "C", q10.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [6,6,6,"NAME:ASC","NAME:ASC","JOINT_VENTURE","microsoft",2,7]
