-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":0}'::json) as "partsSkipped", coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":1}'::json) as "withoutAmount" from (
        select w3.*, coalesce(ps4.firm, 0) as parts_firm, coalesce(ps4.contingent, 0) as parts_contingent, coalesce(ps4.unknown, 0) as parts_unknown from commitment w3 left join (select pt5.part_of_id, sum(pt5.amount) filter (where pt5.firmness = 'FIRM') as firm, sum(pt5.amount) filter (where pt5.firmness = 'CONTINGENT') as contingent, sum(pt5.amount) filter (where pt5.firmness = 'UNKNOWN') as unknown from commitment pt5 join commitment pw6 on pw6.id = pt5.part_of_id and pw6.unit = pt5.unit where pt5.amount is not null and (pt5.claim_group is null or pt5.claim_preferred) group by pt5.part_of_id) ps4 on ps4.part_of_id = w3.id
      ) q2 where (q2.date_precision is not null and coalesce(q2.date_earliest, '-infinity'::date) <= cast(? as date)) and (q2.committer_id = (
        select s7.id from organization s7 where s7.slug = ?
      )) group by ()
    ) r1
  )
)::text
-- values: ["2027-01-01","openai"]
