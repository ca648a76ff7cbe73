-- r1
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":0}'::json) as "competingClaimsSkipped", coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":1}'::json) as "withoutAmount", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":2}'::json) as "partsSkipped" from (
        select w3.*, coalesce(ps4.firm, 0) as parts_firm, coalesce(ps4.contingent, 0) as parts_contingent, coalesce(ps4.unknown, 0) as parts_unknown from commitment w3 left join (select pt5.part_of_id, sum(pt5.amount) filter (where pt5.firmness = 'FIRM') as firm, sum(pt5.amount) filter (where pt5.firmness = 'CONTINGENT') as contingent, sum(pt5.amount) filter (where pt5.firmness = 'UNKNOWN') as unknown from commitment pt5 join commitment pw6 on pw6.id = pt5.part_of_id and pw6.unit = pt5.unit where pt5.amount is not null and (pt5.claim_group is null or pt5.claim_preferred) group by pt5.part_of_id) ps4 on ps4.part_of_id = w3.id
      ) q2 join commitment_timing x7 on x7.commitment_id = q2.id where in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) <> 'FALSE' group by ()
    ) r1
  )
)::text
-- values: ["2026-01-29"]
