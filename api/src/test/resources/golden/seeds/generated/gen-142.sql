-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Deal', t2.slug)), '{"$error":0}'::json) as "id", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.deal_id = t2.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o3(outlet)
        ) o7)), '{"$error":1}'::json) as "corroboration", t2.slug as "slug", coalesce(to_json(coalesce((
          select in_force(cast(? as date), x8.start_earliest, x8.start_latest, x8.start_precision, x8.end_earliest, x8.end_latest, x8.end_precision) from deal_timing x8 where x8.deal_id = t2.id
        ), 'UNKNOWN')), '{"$error":2}'::json) as "a3", (
          select (
            select row_to_json(r9.*) from (
              select c10.title as "a0", coalesce(to_json(array(select o11.outlet from (
                select distinct trim(o12.outlet) collate "C" as outlet from (
                  select cc13.source_id, cc13.credited_outlet, bool_or(cc13.credited_outlet is not null) over (partition by cc13.source_id) as credits from citation cc13 where cc13.deal_id = c10.id
                ) c14 join source s15 on s15.id = c14.source_id cross join lateral unnest(case when c14.credited_outlet is not null then string_to_array(c14.credited_outlet, ',') when c14.credits then array[]::text[] else array[coalesce(s15.publisher, s15.author, '“' || s15.title || '”')] end) as o12(outlet)
              ) o11 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", coalesce(to_json(dg_global_id('Deal', c10.slug)), '{"$error":4}'::json) as "id"
            ) r9
          ) from deal c10 where c10.id = t2.parent_id limit 1
        ) as "parent"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2026-04-27","amazon-openai-partnership"]
