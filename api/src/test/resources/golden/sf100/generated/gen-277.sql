-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":0}'::json) as "partsSkipped", coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":1}'::json) as "withoutAmount", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":2}'::json) as "a2" from (
        select w3.*, ps4.firm as parts_firm, ps4.contingent as parts_contingent, ps4.unknown as parts_unknown from commitment w3 cross join lateral (select coalesce(sum(pt5.amount) filter (where pt5.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt5.amount) filter (where pt5.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt5.amount) filter (where pt5.firmness = 'UNKNOWN'), 0) as unknown from commitment pt5 where pt5.part_of_id = w3.id and pt5.unit = w3.unit and pt5.amount is not null and (pt5.claim_group is null or pt5.claim_preferred) and not exists (select 1 from commitment am6 where am6.amends_id = pt5.id)) ps4
      ) q2 where true group by ()
    ) r1
  )
)::text
-- values: []
