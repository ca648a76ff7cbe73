-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", t2.scope as "scope", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.exclusivity_term_id = t2.id
        ) o6)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(array(select o7.outlet from (
          select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.exclusivity_term_id = t2.id
        ) o7 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", (
          select (
            select row_to_json(r11.*) from (
              select coalesce(to_json((select count(*)::int from (
                select distinct trim(o12.outlet) collate "C" as outlet from citation c13 join source s14 on s14.id = c13.source_id cross join lateral unnest(case when c13.credited_outlet is not null then string_to_array(c13.credited_outlet, ',') else array[coalesce(s14.publisher, s14.author, '“' || s14.title || '”')] end) as o12(outlet) where c13.event_id = c15.id
              ) o16)), '{"$error":2}'::json) as "corroboration", coalesce(to_json(array(select o17.outlet from (
                select distinct trim(o18.outlet) collate "C" as outlet from citation c19 join source s20 on s20.id = c19.source_id cross join lateral unnest(case when c19.credited_outlet is not null then string_to_array(c19.credited_outlet, ',') else array[coalesce(s20.publisher, s20.author, '“' || s20.title || '”')] end) as o18(outlet) where c19.event_id = c15.id
              ) o17 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", coalesce(to_json(dg_global_id('Event', c15.slug)), '{"$error":4}'::json) as "id", c15.title as "title"
            ) r11
          ) from event c15 where c15.id = t2.superseded_by_event_id limit 1
        ) as "supersededByEvent"
      ) r1
    ) from exclusivity_term t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["microsoft-exclusive-openai-ip-license"]
