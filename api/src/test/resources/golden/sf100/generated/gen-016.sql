-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.exclusivity_term_id = t6.id
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t6.scope as "a1", t6.slug as "slug"
      ) r1
    ) from exclusivity_term t6 where t6.slug = ? limit 1
  )
)::text
-- values: ["exclusivity-8418"]
-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.person_id = t5.id
        ) o6)), '{"$error":0}'::json) as "corroboration", t5.name as "name", coalesce(to_json(dg_global_id('Person', t5.slug)), '{"$error":1}'::json) as "id", (
          select (
            select row_to_json(r7.*) from (
              select coalesce(to_json(array(select a8.value from organization_alias a8 where a8.organization_id = c9.id and a8.kind = 'TICKER' order by a8.value limit 100)), '{"$error":2}'::json) as "tickers", coalesce(to_json(dg_global_id('Organization', c9.slug)), '{"$error":3}'::json) as "id", c9.name as "name", c9.description as "description"
            ) r7
          ) from organization c9 where c9.id = t5.organization_id limit 1
        ) as "organization"
      ) r1
    ) from person t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["aisha-schmidt-308"]
-- r3
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(array(select a6.value from organization_alias a6 where a6.organization_id = t4.id and a6.kind = 'TICKER' order by a6.value limit 100)), '{"$error":0}'::json) as "tickers", t4.name as "name", coalesce(to_json(dg_global_id('Organization', t4.slug)), '{"$error":1}'::json) as "id"
            ) r5
          ) as l0 from (
            select q7.*, (lower(q7.name)) collate "C" as sort_0 from organization q7 where true order by (lower(q7.name)) collate "C", q7.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [6,6,"NAME:ASC",7]
