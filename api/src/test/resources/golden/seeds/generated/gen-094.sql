-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from (
            select cc3.source_id, cc3.credited_outlet, bool_or(cc3.credited_outlet is not null) over (partition by cc3.source_id) as credits from citation cc3 where cc3.exclusivity_term_id = t4.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o2(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", (
          select (
            select row_to_json(r8.*) from (
              select coalesce(to_json(coalesce((
                select in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) from deal_timing x9 where x9.deal_id = c10.id
              ), 'UNKNOWN')), '{"$error":1}'::json) as "inForce"
            ) r8
          ) from deal c10 where c10.id = t4.deal_id limit 1
        ) as "deal"
      ) r1
    ) from exclusive_term t4 where t4.slug = ? limit 1
  )
)::text
-- values: ["2026-04-13","microsoft-exclusive-openai-ip-license"]
