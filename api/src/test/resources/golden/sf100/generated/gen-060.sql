-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "a0", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.exclusivity_term_id = t2.id
        ) o6)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(coalesce((
          select in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) from exclusivity_term_timing x7 where x7.term_id = t2.id
        ), 'UNKNOWN')), '{"$error":1}'::json) as "a2", coalesce(to_json(array(select o8.outlet from (
          select distinct trim(o9.outlet) collate "C" as outlet from citation c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o9(outlet) where c10.exclusivity_term_id = t2.id
        ) o8 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", (
          select (
            select row_to_json(r12.*) from (
              select c13.status as "status", (case when c13.ended_precision is null then null else (
                select row_to_json(r14.*) from (
                  select coalesce(to_json(c13.ended_text), '{"$error":3}'::json) as "text", coalesce(to_json(c13.ended_precision), '{"$error":4}'::json) as "precision"
                ) r14
              ) end) as "ended"
            ) r12
          ) from deal c13 where c13.id = t2.deal_id limit 1
        ) as "deal"
      ) r1
    ) from exclusivity_term t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2019-07-22","exclusivity-9884"]
