-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.deal_id = t6.id
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t6.kind as "kind", (case when t6.effective_precision is null then null else (
          select row_to_json(r7.*) from (
            select coalesce(to_json(t6.effective_text), '{"$error":1}'::json) as "a0", coalesce(to_json(dg_fuzzy_display(t6.effective_earliest, t6.effective_latest, t6.effective_precision)), '{"$error":2}'::json) as "display", t6.effective_latest as "latest"
          ) r7
        ) end) as "effective"
      ) r1
    ) from deal t6 where t6.slug = ? limit 1
  )
)::text
-- values: ["titan-holdings-469-lumen-cloud-706-joint-venture-308"]
