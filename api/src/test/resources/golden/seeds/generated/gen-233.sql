-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", t2.description as "description", coalesce(to_json(array(select o3.outlet from (
          select distinct trim(o4.outlet) collate "C" as outlet from citation c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o4(outlet) where c5.event_id = t2.id
        ) o3 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", coalesce(to_json(dg_global_id('Event', t2.slug)), '{"$error":1}'::json) as "a3", (
          select (
            select row_to_json(r7.*) from (
              select coalesce(to_json(array(select o8.outlet from (
                select distinct trim(o9.outlet) collate "C" as outlet from citation c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o9(outlet) where c10.deal_id = c12.id
              ) o8 order by 1 limit 100)), '{"$error":2}'::json) as "outlets"
            ) r7
          ) from deal c12 where c12.id = t2.deal_id limit 1
        ) as "deal"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["stargate-launch-2025-01-21"]
