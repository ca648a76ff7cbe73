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
                select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.deal_id = t5.id
              ) o7 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", coalesce(to_json(dg_global_id('Deal', t5.slug)), '{"$error":1}'::json) as "a2", coalesce(to_json((select count(*)::int from (
                select distinct trim(o11.outlet) collate "C" as outlet from citation c12 join source s13 on s13.id = c12.source_id cross join lateral unnest(case when c12.credited_outlet is not null then string_to_array(c12.credited_outlet, ',') else array[coalesce(s13.publisher, s13.author, '“' || s13.title || '”')] end) as o11(outlet) where c12.deal_id = t5.id
              ) o14)), '{"$error":2}'::json) as "corroboration"
            ) r6
          ) as l0 from (
            select q15.*, coalesce(q15.announced_earliest, q15.announced_latest, 'infinity'::date) as sort_0 from deal q15 where true order by coalesce(q15.announced_earliest, q15.announced_latest, 'infinity'::date), q15.id limit ?
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
          select distinct trim(o4.outlet) collate "C" as outlet from citation c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o4(outlet) where c5.deal_id = t2.id
        ) o3 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", coalesce(to_json((select count(*)::int from (
          select distinct trim(o7.outlet) collate "C" as outlet from citation c8 join source s9 on s9.id = c8.source_id cross join lateral unnest(case when c8.credited_outlet is not null then string_to_array(c8.credited_outlet, ',') else array[coalesce(s9.publisher, s9.author, '“' || s9.title || '”')] end) as o7(outlet) where c8.deal_id = t2.id
        ) o10)), '{"$error":2}'::json) as "corroboration", t2.summary as "summary"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["titan-power-568-granite-ai-732-investment-404"]
