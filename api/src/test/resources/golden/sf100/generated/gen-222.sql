-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.kind as "kind", coalesce(to_json(array(select a3.value from organization_alias a3 where a3.organization_id = t2.id and a3.kind = 'TICKER' order by a3.value limit 100)), '{"$error":0}'::json) as "tickers", coalesce(to_json(dg_global_id('Organization', t2.slug)), '{"$error":1}'::json) as "id", (
          select row_to_json(z4.*) from (
            select (
              select count(*) from deal q5 where exists (select 1 from deal_party p6 where p6.deal_id = q5.id and p6.organization_id = t2.id)
            ) as "totalCount", ('[' || coalesce(a7.l0, '') || ']')::json as "nodes", (
              select row_to_json(r8.*) from (
                select a7.fetched > ? as "hasNextPage", false as "hasPreviousPage", a7.cursors[1] as "startCursor", a7.cursors[array_length(a7.cursors, 1)] as "endCursor"
              ) r8
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors, string_agg(n9.l0::text, ',' order by n9.ord) filter (where n9.ord <= ?) as l0 from (
                select row_number() over (order by t10.sort_0, t10.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text)]::text[], t10.id) as cursor, (
                  select row_to_json(r11.*) from (
                    select t10.slug as "slug", coalesce(to_json(array(select o12.outlet from (
                      select distinct trim(o13.outlet) collate "C" as outlet from citation c14 join source s15 on s15.id = c14.source_id cross join lateral unnest(case when c14.credited_outlet is not null then string_to_array(c14.credited_outlet, ',') else array[coalesce(s15.publisher, s15.author, '“' || s15.title || '”')] end) as o13(outlet) where c14.deal_id = t10.id
                    ) o12 order by 1 limit 100)), '{"$error":2}'::json) as "a1", coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x16.start_earliest, x16.start_latest, x16.start_precision, x16.end_earliest, x16.end_latest, x16.end_precision) from deal_timing x16 where x16.deal_id = t10.id
                    ), 'UNKNOWN')), '{"$error":3}'::json) as "inForce", coalesce(to_json((select count(*)::int from (
                      select distinct trim(o17.outlet) collate "C" as outlet from citation c18 join source s19 on s19.id = c18.source_id cross join lateral unnest(case when c18.credited_outlet is not null then string_to_array(c18.credited_outlet, ',') else array[coalesce(s19.publisher, s19.author, '“' || s19.title || '”')] end) as o17(outlet) where c18.deal_id = t10.id
                    ) o20)), '{"$error":4}'::json) as "corroboration"
                  ) r11
                ) as l0 from (
                  select q5.*, coalesce(q5.announced_earliest, q5.announced_latest, 'infinity'::date) as sort_0 from deal q5 where exists (select 1 from deal_party p6 where p6.deal_id = q5.id and p6.organization_id = t2.id) order by coalesce(q5.announced_earliest, q5.announced_latest, 'infinity'::date), q5.id limit ?
                ) t10
              ) n9
            ) a7
          ) z4
        ) as "deals"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: [3,3,3,"ANNOUNCED:ASC","2024-09-29",4,"harbor-labs-441"]
