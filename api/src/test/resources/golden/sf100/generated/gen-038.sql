-- nodes
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Deal'::text as "__typename", coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from (
            select cc3.source_id, cc3.credited_outlet, bool_or(cc3.credited_outlet is not null) over (partition by cc3.source_id) as credits from citation cc3 where cc3.deal_id = t4.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o2(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(dg_global_id('Deal', t4.slug)), '{"$error":1}'::json) as "id"
      ) r1
    ) from deal t4 where t4.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r8.*) from (
        select 'Deal'::text as "__typename", coalesce(to_json((select count(*)::int from (
          select distinct trim(o9.outlet) collate "C" as outlet from (
            select cc10.source_id, cc10.credited_outlet, bool_or(cc10.credited_outlet is not null) over (partition by cc10.source_id) as credits from citation cc10 where cc10.deal_id = t11.id
          ) c12 join source s13 on s13.id = c12.source_id cross join lateral unnest(case when c12.credited_outlet is not null then string_to_array(c12.credited_outlet, ',') when c12.credits then array[]::text[] else array[coalesce(s13.publisher, s13.author, '“' || s13.title || '”')] end) as o9(outlet)
        ) o14)), '{"$error":2}'::json) as "corroboration", coalesce(to_json(dg_global_id('Deal', t11.slug)), '{"$error":3}'::json) as "id"
      ) r8
    ) from deal t11 where t11.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r15.*) from (
        select 'ExclusivityTerm'::text as "__typename"
      ) r15
    ) from exclusive_term t16 where t16.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r17.*) from (
        select 'Commitment'::text as "__typename"
      ) r17
    ) from commitment t18 where t18.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["granite-analytics-80-polar-capital-695-cloud-agreement-5902","zenith-networks-567-beacon-energy-595-co-development-deal-3903","exclusivity-2642","commitment-6951-1"]
