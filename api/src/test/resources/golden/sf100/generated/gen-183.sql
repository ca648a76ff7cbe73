-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(coalesce((
          select in_force(cast(? as date), x2.start_earliest, x2.start_latest, x2.start_precision, x2.end_earliest, x2.end_latest, x2.end_precision) from exclusivity_term_timing x2 where x2.term_id = t3.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", coalesce(to_json(array(select o4.outlet from (
          select distinct trim(o5.outlet) collate "C" as outlet from (
            select cc6.source_id, cc6.credited_outlet, bool_or(cc6.credited_outlet is not null) over (partition by cc6.source_id) as credits from citation cc6 where cc6.exclusivity_term_id = t3.id
          ) c7 join source s8 on s8.id = c7.source_id cross join lateral unnest(case when c7.credited_outlet is not null then string_to_array(c7.credited_outlet, ',') when c7.credits then array[]::text[] else array[coalesce(s8.publisher, s8.author, '“' || s8.title || '”')] end) as o5(outlet)
        ) o4 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", coalesce(to_json(t3.slug), '{"$error":2}'::json) as "slug", coalesce(to_json(t3.status), '{"$error":3}'::json) as "status", coalesce(to_json((
          select (
            select row_to_json(r9.*) from (
              select c10.kind as "kind"
            ) r9
          ) from organization c10 where c10.id = t3.holder_id limit 1
        )), '{"$error":4}'::json) as "holder"
      ) r1
    ) from exclusive_term t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2024-12-15","exclusivity-5019"]
