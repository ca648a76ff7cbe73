-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":0}'::json) as "partsSkipped", coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":1}'::json) as "withoutAmount", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":2}'::json) as "a2" from commitment q2 where true group by ()
    ) r1
  )
)::text
-- values: []
