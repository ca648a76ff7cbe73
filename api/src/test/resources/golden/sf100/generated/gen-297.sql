-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.description as "description", coalesce(to_json(array(select a3.value from organization_alias a3 where a3.organization_id = t2.id and a3.kind = 'TICKER' order by a3.value limit 100)), '{"$error":0}'::json) as "tickers", coalesce(to_json(dg_global_id('Organization', t2.slug)), '{"$error":1}'::json) as "id", t2.slug as "slug", (
          select row_to_json(z4.*) from (
            select ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
                select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
                  select row_to_json(r8.*) from (
                    select coalesce(to_json(array(select o9.outlet from (
                      select distinct trim(o10.outlet) collate "C" as outlet from (
                        select cc11.source_id, cc11.credited_outlet, bool_or(cc11.credited_outlet is not null) over (partition by cc11.source_id) as credits from citation cc11 where cc11.person_id = t7.id
                      ) c12 join source s13 on s13.id = c12.source_id cross join lateral unnest(case when c12.credited_outlet is not null then string_to_array(c12.credited_outlet, ',') when c12.credits then array[]::text[] else array[coalesce(s13.publisher, s13.author, '“' || s13.title || '”')] end) as o10(outlet)
                    ) o9 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", coalesce(to_json(dg_global_id('Person', t7.slug)), '{"$error":3}'::json) as "id", t7.slug as "slug"
                  ) r8
                ) as l0 from (
                  select q14.*, (lower(q14.name)) collate "C" as sort_0 from person q14 where q14.organization_id = t2.id order by (lower(q14.name)) collate "C", q14.id limit ?
                ) t7
              ) n6
            ) a5
          ) z4
        ) as "people"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: [1,1,"NAME:ASC",2,"polar-networks-353"]
