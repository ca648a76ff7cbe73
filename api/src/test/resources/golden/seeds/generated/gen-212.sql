-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(coalesce((
          select in_force(cast(? as date), x2.start_earliest, x2.start_latest, x2.start_precision, x2.end_earliest, x2.end_latest, x2.end_precision) from deal_timing x2 where x2.deal_id = t3.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", (case when t3.effective_precision is null then null else (
          select row_to_json(r4.*) from (
            select coalesce(to_json(t3.effective_text), '{"$error":1}'::json) as "text", t3.effective_latest as "latest"
          ) r4
        ) end) as "effective"
      ) r1
    ) from deal t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2025-12-30","openai-aws-compute-2025"]
