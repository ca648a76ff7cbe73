-- nodes
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Event'::text as "__typename"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r3.*) from (
        select 'Commitment'::text as "__typename"
      ) r3
    ) from commitment t4 where t4.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r5.*) from (
        select 'Deal'::text as "__typename", coalesce(to_json((select count(*)::int from (
          select distinct trim(o6.outlet) collate "C" as outlet from citation c7 join source s8 on s8.id = c7.source_id cross join lateral unnest(case when c7.credited_outlet is not null then string_to_array(c7.credited_outlet, ',') else array[coalesce(s8.publisher, s8.author, '“' || s8.title || '”')] end) as o6(outlet) where c7.deal_id = t9.id
        ) o10)), '{"$error":0}'::json) as "corroboration", t9.title as "title", t9.kind as "kind", (case when t9.announced_precision is null then null else (
          select row_to_json(r11.*) from (
            select coalesce(to_json(dg_fuzzy_display(t9.announced_earliest, t9.announced_latest, t9.announced_precision)), '{"$error":1}'::json) as "a0", coalesce(to_json(t9.announced_precision), '{"$error":2}'::json) as "precision", t9.announced_earliest as "earliest"
          ) r11
        ) end) as "announced"
      ) r5
    ) from deal t9 where t9.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["event-3848-1","commitment-8471-1","beacon-holdings-137-helios-power-934-partnership-1727"]
