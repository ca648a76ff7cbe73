-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.commitment_id = t6.id
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t6.amount_text as "amountText", t6.resource as "resource", t6.description as "description", (case when t6.amount is null then null else (
          select row_to_json(r7.*) from (
            select coalesce(to_json(trim_scale(t6.amount)::text), '{"$error":1}'::json) as "amount", coalesce(to_json((case t6.qualifier when 'UP_TO' then 'up to ' when 'AT_LEAST' then 'at least ' when 'ABOUT' then 'about ' when 'MORE_THAN' then 'more than ' else '' end) || trim_scale(t6.amount)::text || ' ' || t6.unit), '{"$error":2}'::json) as "text"
          ) r7
        ) end) as "quantity"
      ) r1
    ) from commitment t6 where t6.slug = ? limit 1
  )
)::text
-- values: ["openai-ramps-up-aws-infrastructure-spending"]
