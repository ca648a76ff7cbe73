-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":0}'::json) as "withoutAmount", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":1}'::json) as "competingClaimsSkipped", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":2}'::json) as "partsSkipped" from commitment q2 where q2.date_precision is not null and coalesce(q2.date_earliest, '-infinity'::date) <= cast(? as date) group by ()
    ) r1
  )
)::text
-- values: ["2019-07-22"]
