-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.exclusivity_term_id = t5.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o3(outlet)
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", coalesce(to_json(t5.scope), '{"$error":1}'::json) as "a1", coalesce(to_json(t5.slug), '{"$error":2}'::json) as "slug"
      ) r1
    ) from exclusive_term t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["exclusivity-8418"]
-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from (
            select cc3.source_id, cc3.credited_outlet, bool_or(cc3.credited_outlet is not null) over (partition by cc3.source_id) as credits from citation cc3 where cc3.person_id = t4.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o2(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", t4.name as "name", coalesce(to_json(dg_global_id('Person', t4.slug)), '{"$error":1}'::json) as "id", (
          select (
            select row_to_json(r8.*) from (
              select coalesce(to_json(array(select a9.value from organization_alias a9 where a9.organization_id = c10.id and a9.kind = 'TICKER' order by a9.value limit 100)), '{"$error":2}'::json) as "tickers", coalesce(to_json(dg_global_id('Organization', c10.slug)), '{"$error":3}'::json) as "id", c10.name as "name", c10.description as "description"
            ) r8
          ) from organization c10 where c10.id = t4.organization_id limit 1
        ) as "organization"
      ) r1
    ) from person t4 where t4.slug = ? limit 1
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
