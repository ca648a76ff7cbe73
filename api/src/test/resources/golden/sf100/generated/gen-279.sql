-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.exclusivity_term_id = t5.id
        ) o6)), '{"$error":0}'::json) as "corroboration"
      ) r1
    ) from exclusivity_term t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["exclusivity-4033"]
