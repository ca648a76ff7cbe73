-- r1
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select false as "hasPreviousPage", a3.cursors[1] as "startCursor"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select t5.title as "title", coalesce(to_json(array(select o7.outlet from (
                select distinct trim(o8.outlet) collate "C" as outlet from (
                  select cc9.source_id, cc9.credited_outlet, bool_or(cc9.credited_outlet is not null) over (partition by cc9.source_id) as credits from citation cc9 where cc9.deal_id = t5.id
                ) c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') when c10.credits then array[]::text[] else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o8(outlet)
              ) o7 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", coalesce(to_json(dg_global_id('Deal', t5.slug)), '{"$error":1}'::json) as "a2", coalesce(to_json((select count(*)::int from (
                select distinct trim(o12.outlet) collate "C" as outlet from (
                  select cc13.source_id, cc13.credited_outlet, bool_or(cc13.credited_outlet is not null) over (partition by cc13.source_id) as credits from citation cc13 where cc13.deal_id = t5.id
                ) c14 join source s15 on s15.id = c14.source_id cross join lateral unnest(case when c14.credited_outlet is not null then string_to_array(c14.credited_outlet, ',') when c14.credits then array[]::text[] else array[coalesce(s15.publisher, s15.author, '“' || s15.title || '”')] end) as o12(outlet)
              ) o16)), '{"$error":2}'::json) as "corroboration"
            ) r6
          ) as l0 from (
            select q17.*, coalesce(q17.announced_earliest, q17.announced_latest, 'infinity'::date) as sort_0 from deal q17 where true order by coalesce(q17.announced_earliest, q17.announced_latest, 'infinity'::date), q17.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [2,2,"ANNOUNCED:ASC",3]
-- node
select (
  (
    select (
      select row_to_json(r1.*) from (
        select 'Deal'::text as "__typename", coalesce(to_json(dg_global_id('Deal', t2.slug)), '{"$error":0}'::json) as "id", coalesce(to_json(array(select o3.outlet from (
          select distinct trim(o4.outlet) collate "C" as outlet from (
            select cc5.source_id, cc5.credited_outlet, bool_or(cc5.credited_outlet is not null) over (partition by cc5.source_id) as credits from citation cc5 where cc5.deal_id = t2.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o4(outlet)
        ) o3 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", coalesce(to_json((select count(*)::int from (
          select distinct trim(o8.outlet) collate "C" as outlet from (
            select cc9.source_id, cc9.credited_outlet, bool_or(cc9.credited_outlet is not null) over (partition by cc9.source_id) as credits from citation cc9 where cc9.deal_id = t2.id
          ) c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') when c10.credits then array[]::text[] else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o8(outlet)
        ) o12)), '{"$error":2}'::json) as "corroboration", t2.summary as "summary"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["titan-power-568-granite-ai-732-investment-404"]
