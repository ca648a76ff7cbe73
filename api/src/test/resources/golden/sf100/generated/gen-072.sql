-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(coalesce((
          select in_force(cast(? as date), x2.start_earliest, x2.start_latest, x2.start_precision, x2.end_earliest, x2.end_latest, x2.end_precision) from commitment_timing x2 where x2.commitment_id = t3.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", t3.amount_text as "amountText", (case when t3.amount is null then null else (
          select row_to_json(r4.*) from (
            select coalesce(to_json(trim_scale(t3.amount)::text), '{"$error":1}'::json) as "amount", coalesce(to_json(dg_quantity_text(t3.amount, t3.unit, t3.currency, t3.count_of, t3.qualifier)), '{"$error":2}'::json) as "text", coalesce(to_json(t3.unit), '{"$error":3}'::json) as "unit"
          ) r4
        ) end) as "quantity"
      ) r1
    ) from commitment t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2026-01-01","commitment-5027-2"]
