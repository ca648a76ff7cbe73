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
          select distinct trim(o6.outlet) collate "C" as outlet from (
            select cc7.source_id, cc7.credited_outlet, bool_or(cc7.credited_outlet is not null) over (partition by cc7.source_id) as credits from citation cc7 where cc7.deal_id = t8.id
          ) c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') when c9.credits then array[]::text[] else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o6(outlet)
        ) o11)), '{"$error":0}'::json) as "corroboration", t8.title as "title", t8.kind as "kind", (case when t8.announced_precision is null then null else (
          select row_to_json(r12.*) from (
            select coalesce(to_json(dg_fuzzy_display(t8.announced_earliest, t8.announced_latest, t8.announced_precision)), '{"$error":1}'::json) as "a0", coalesce(to_json(t8.announced_precision), '{"$error":2}'::json) as "precision", t8.announced_earliest as "earliest"
          ) r12
        ) end) as "announced"
      ) r5
    ) from deal t8 where t8.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["event-3848-1","commitment-8471-1","beacon-holdings-137-helios-power-934-partnership-1727"]
