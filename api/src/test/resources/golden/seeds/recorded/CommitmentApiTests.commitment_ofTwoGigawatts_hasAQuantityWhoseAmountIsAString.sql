-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", t2.kind as "kind", t2.amount_text as "amountText", t2.resource as "resource", t2.horizon as "horizon", t2.modality as "modality", t2.description as "description", t2.claim_group as "claimGroup", (case when t2.date_precision is null then null else (
          select row_to_json(r3.*) from (
            select coalesce(to_json(dg_fuzzy_display(t2.date_earliest, t2.date_latest, t2.date_precision)), '{"$error":0}'::json) as "display"
          ) r3
        ) end) as "date", (case when t2.amount is null then null else (
          select row_to_json(r4.*) from (
            select coalesce(to_json(trim_scale(t2.amount)::text), '{"$error":1}'::json) as "amount", coalesce(to_json(t2.unit), '{"$error":2}'::json) as "unit", coalesce(to_json(t2.qualifier), '{"$error":3}'::json) as "qualifier", coalesce(to_json(dg_quantity_text(t2.amount, t2.unit, t2.currency, t2.count_of, t2.qualifier)), '{"$error":4}'::json) as "text"
          ) r4
        ) end) as "quantity"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["openai-consumes-2gw-trainium-on-aws"]
