-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.commitment_id = t5.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o3(outlet)
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t5.amount_text as "amountText", t5.resource as "resource", t5.description as "description", (case when t5.amount is null then null else (
          select row_to_json(r8.*) from (
            select coalesce(to_json(trim_scale(t5.amount)::text), '{"$error":1}'::json) as "amount", coalesce(to_json(dg_quantity_text(t5.amount, t5.unit, t5.currency, t5.count_of, t5.qualifier)), '{"$error":2}'::json) as "text"
          ) r8
        ) end) as "quantity"
      ) r1
    ) from commitment t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["openai-ramps-up-aws-infrastructure-spending"]
