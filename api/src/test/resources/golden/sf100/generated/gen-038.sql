-- nodes
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Deal'::text as "__typename", coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.deal_id = t5.id
        ) o6)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(dg_global_id('Deal', t5.slug)), '{"$error":1}'::json) as "id"
      ) r1
    ) from deal t5 where t5.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r7.*) from (
        select 'Deal'::text as "__typename", coalesce(to_json((select count(*)::int from (
          select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.deal_id = t11.id
        ) o12)), '{"$error":2}'::json) as "corroboration", coalesce(to_json(dg_global_id('Deal', t11.slug)), '{"$error":3}'::json) as "id"
      ) r7
    ) from deal t11 where t11.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r13.*) from (
        select 'ExclusivityTerm'::text as "__typename"
      ) r13
    ) from exclusivity_term t14 where t14.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r15.*) from (
        select 'Commitment'::text as "__typename"
      ) r15
    ) from commitment t16 where t16.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["granite-analytics-80-polar-capital-695-cloud-agreement-5902","zenith-networks-567-beacon-energy-595-co-development-deal-3903","exclusivity-2642","commitment-6951-1"]
