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
                      select distinct trim(o13.outlet) collate "C" as outlet from (
                        select cc14.source_id, cc14.credited_outlet, bool_or(cc14.credited_outlet is not null) over (partition by cc14.source_id) as credits from citation cc14 where cc14.deal_id = t10.id
                      ) c15 join source s16 on s16.id = c15.source_id cross join lateral unnest(case when c15.credited_outlet is not null then string_to_array(c15.credited_outlet, ',') when c15.credits then array[]::text[] else array[coalesce(s16.publisher, s16.author, '“' || s16.title || '”')] end) as o13(outlet)
                    ) o12 order by 1 limit 100)), '{"$error":2}'::json) as "a1", coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x17.start_earliest, x17.start_latest, x17.start_precision, x17.end_earliest, x17.end_latest, x17.end_precision) from deal_timing x17 where x17.deal_id = t10.id
                    ), 'UNKNOWN')), '{"$error":3}'::json) as "inForce", coalesce(to_json((select count(*)::int from (
                      select distinct trim(o18.outlet) collate "C" as outlet from (
                        select cc19.source_id, cc19.credited_outlet, bool_or(cc19.credited_outlet is not null) over (partition by cc19.source_id) as credits from citation cc19 where cc19.deal_id = t10.id
                      ) c20 join source s21 on s21.id = c20.source_id cross join lateral unnest(case when c20.credited_outlet is not null then string_to_array(c20.credited_outlet, ',') when c20.credits then array[]::text[] else array[coalesce(s21.publisher, s21.author, '“' || s21.title || '”')] end) as o18(outlet)
                    ) o22)), '{"$error":4}'::json) as "corroboration"
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
