-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(coalesce((
          select in_force(cast(? as date), x2.start_earliest, x2.start_latest, x2.start_precision, x2.end_earliest, x2.end_latest, x2.end_precision) from exclusivity_term_timing x2 where x2.term_id = t3.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", coalesce(to_json(array(select o4.outlet from (
          select distinct trim(o5.outlet) collate "C" as outlet from citation c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o5(outlet) where c6.exclusivity_term_id = t3.id
        ) o4 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", t3.slug as "slug", t3.status as "status", coalesce(to_json((
          select (
            select row_to_json(r8.*) from (
              select c9.kind as "kind"
            ) r8
          ) from organization c9 where c9.id = t3.holder_id limit 1
        )), '{"$error":2}'::json) as "holder"
      ) r1
    ) from exclusivity_term t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2024-12-15","exclusivity-5019"]
