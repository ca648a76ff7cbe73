-- ip
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(coalesce((
          select in_force(cast(? as date), x2.start_earliest, x2.start_latest, x2.start_precision, x2.end_earliest, x2.end_latest, x2.end_precision) from exclusivity_term_timing x2 where x2.term_id = t3.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce"
      ) r1
    ) from exclusive_term t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2026-04-26","microsoft-exclusive-openai-ip-license"]
-- sole
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(coalesce((
          select in_force(cast(? as date), x2.start_earliest, x2.start_latest, x2.start_precision, x2.end_earliest, x2.end_latest, x2.end_precision) from exclusivity_term_timing x2 where x2.term_id = t3.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce"
      ) r1
    ) from exclusive_term t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2026-04-26","microsoft-sole-cloud-for-third-party-api-products"]
