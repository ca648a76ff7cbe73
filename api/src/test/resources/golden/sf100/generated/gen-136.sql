-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", t2.title as "title", coalesce(to_json(array(select o3.outlet from (
          select distinct trim(o4.outlet) collate "C" as outlet from (
            select cc5.source_id, cc5.credited_outlet, bool_or(cc5.credited_outlet is not null) over (partition by cc5.source_id) as credits from citation cc5 where cc5.event_id = t2.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o4(outlet)
        ) o3 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t2.description as "description", (
          select (
            select row_to_json(r8.*) from (
              select c9.kind as "kind", coalesce(to_json((select count(*)::int from (
                select distinct trim(o10.outlet) collate "C" as outlet from (
                  select cc11.source_id, cc11.credited_outlet, bool_or(cc11.credited_outlet is not null) over (partition by cc11.source_id) as credits from citation cc11 where cc11.deal_id = c9.id
                ) c12 join source s13 on s13.id = c12.source_id cross join lateral unnest(case when c12.credited_outlet is not null then string_to_array(c12.credited_outlet, ',') when c12.credits then array[]::text[] else array[coalesce(s13.publisher, s13.author, '“' || s13.title || '”')] end) as o10(outlet)
              ) o14)), '{"$error":1}'::json) as "corroboration", c9.summary as "summary"
            ) r8
          ) from deal c9 where c9.id = t2.deal_id limit 1
        ) as "deal"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["event-6558-1"]
