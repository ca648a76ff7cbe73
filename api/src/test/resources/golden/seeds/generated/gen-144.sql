-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.deal_id = t5.id
        ) o6)), '{"$error":0}'::json) as "a0", t5.title as "title", (case when t5.announced_precision is null then null else (
          select row_to_json(r7.*) from (
            select coalesce(to_json(t5.announced_precision), '{"$error":1}'::json) as "precision", coalesce(to_json(dg_fuzzy_display(t5.announced_earliest, t5.announced_latest, t5.announced_precision)), '{"$error":2}'::json) as "display", t5.announced_latest as "latest"
          ) r7
        ) end) as "announced"
      ) r1
    ) from deal t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["microsoft-openai-restructuring-2026-04"]
