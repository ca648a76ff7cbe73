-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Deal', t2.slug)), '{"$error":0}'::json) as "id", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.deal_id = t2.id
        ) o6)), '{"$error":1}'::json) as "corroboration", t2.slug as "slug", coalesce(to_json(coalesce((
          select in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) from deal_timing x7 where x7.deal_id = t2.id
        ), 'UNKNOWN')), '{"$error":2}'::json) as "a3", (
          select (
            select row_to_json(r8.*) from (
              select c9.title as "a0", coalesce(to_json(array(select o10.outlet from (
                select distinct trim(o11.outlet) collate "C" as outlet from citation c12 join source s13 on s13.id = c12.source_id cross join lateral unnest(case when c12.credited_outlet is not null then string_to_array(c12.credited_outlet, ',') else array[coalesce(s13.publisher, s13.author, '“' || s13.title || '”')] end) as o11(outlet) where c12.deal_id = c9.id
              ) o10 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", coalesce(to_json(dg_global_id('Deal', c9.slug)), '{"$error":4}'::json) as "id"
            ) r8
          ) from deal c9 where c9.id = t2.parent_id limit 1
        ) as "parent"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2026-04-27","amazon-openai-partnership"]
