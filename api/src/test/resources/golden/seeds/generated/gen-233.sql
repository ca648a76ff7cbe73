-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", t2.description as "description", coalesce(to_json(array(select o3.outlet from (
          select distinct trim(o4.outlet) collate "C" as outlet from (
            select cc5.source_id, cc5.credited_outlet, bool_or(cc5.credited_outlet is not null) over (partition by cc5.source_id) as credits from citation cc5 where cc5.event_id = t2.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o4(outlet)
        ) o3 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", coalesce(to_json(dg_global_id('Event', t2.slug)), '{"$error":1}'::json) as "a3", (
          select (
            select row_to_json(r8.*) from (
              select coalesce(to_json(array(select o9.outlet from (
                select distinct trim(o10.outlet) collate "C" as outlet from (
                  select cc11.source_id, cc11.credited_outlet, bool_or(cc11.credited_outlet is not null) over (partition by cc11.source_id) as credits from citation cc11 where cc11.deal_id = c12.id
                ) c13 join source s14 on s14.id = c13.source_id cross join lateral unnest(case when c13.credited_outlet is not null then string_to_array(c13.credited_outlet, ',') when c13.credits then array[]::text[] else array[coalesce(s14.publisher, s14.author, '“' || s14.title || '”')] end) as o10(outlet)
              ) o9 order by 1 limit 100)), '{"$error":2}'::json) as "outlets"
            ) r8
          ) from deal c12 where c12.id = t2.deal_id limit 1
        ) as "deal"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["stargate-launch-2025-01-21"]
