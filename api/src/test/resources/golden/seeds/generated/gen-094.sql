-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.exclusivity_term_id = t5.id
        ) o6)), '{"$error":0}'::json) as "corroboration", (
          select (
            select row_to_json(r7.*) from (
              select coalesce(to_json(coalesce((
                select in_force(cast(? as date), x8.start_earliest, x8.start_latest, x8.start_precision, x8.end_earliest, x8.end_latest, x8.end_precision) from deal_timing x8 where x8.deal_id = c9.id
              ), 'UNKNOWN')), '{"$error":1}'::json) as "inForce"
            ) r7
          ) from deal c9 where c9.id = t5.deal_id limit 1
        ) as "deal"
      ) r1
    ) from exclusivity_term t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["2026-04-13","microsoft-exclusive-openai-ip-license"]
