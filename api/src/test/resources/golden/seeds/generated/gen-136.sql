-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":0}'::json) as "withoutAmount", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":1}'::json) as "partsSkipped", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":2}'::json) as "competingClaimsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(g4.qualifiers), '{"$error":3}'::json) as "qualifiers", coalesce(to_json(g4.unit), '{"$error":4}'::json) as "a1", coalesce(to_json(trim_scale(g4.total)::text), '{"$error":5}'::json) as "total"
          ) r3
        )::text, ',' order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q5.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q5.unit as unit, sum(q5.amount) as total, sum(case when (q5.parts_firm + q5.parts_contingent + q5.parts_unknown) > q5.amount then (case when q5.firmness = 'FIRM' then q5.amount else 0 end) else (case when q5.firmness = 'FIRM' then q5.amount - (q5.parts_firm + q5.parts_contingent + q5.parts_unknown) else 0 end) + q5.parts_firm end) as firm, sum(case when (q5.parts_firm + q5.parts_contingent + q5.parts_unknown) > q5.amount then (case when q5.firmness = 'CONTINGENT' then q5.amount else 0 end) else (case when q5.firmness = 'CONTINGENT' then q5.amount - (q5.parts_firm + q5.parts_contingent + q5.parts_unknown) else 0 end) + q5.parts_contingent end) as contingent, sum(case when (q5.parts_firm + q5.parts_contingent + q5.parts_unknown) > q5.amount then (case when q5.firmness = 'UNKNOWN' then q5.amount else 0 end) else (case when q5.firmness = 'UNKNOWN' then q5.amount - (q5.parts_firm + q5.parts_contingent + q5.parts_unknown) else 0 end) + q5.parts_unknown end) as unknown, count(*) as n, array_agg(distinct q5.qualifier order by q5.qualifier) as qualifiers, array_agg(q5.id order by q5.id) as ids from (
              select w6.*, ps7.firm as parts_firm, ps7.contingent as parts_contingent, ps7.unknown as parts_unknown from commitment w6 cross join lateral (select coalesce(sum(pt8.amount) filter (where pt8.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt8.amount) filter (where pt8.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt8.amount) filter (where pt8.firmness = 'UNKNOWN'), 0) as unknown from commitment pt8 where pt8.part_of_id = w6.id and pt8.unit = w6.unit and pt8.amount is not null and (pt8.claim_group is null or pt8.claim_preferred) and not exists (select 1 from commitment am9 where am9.amends_id = pt8.id)) ps7
            ) q5 where q5.amount is not null and (q5.claim_group is null or q5.claim_preferred) and q5.part_of_id is null and not exists (select 1 from commitment am10 where am10.amends_id = q5.id) group by 1, 2, 3, q5.unit
          ) g4 where true order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from (
        select w11.*, ps12.firm as parts_firm, ps12.contingent as parts_contingent, ps12.unknown as parts_unknown from commitment w11 cross join lateral (select coalesce(sum(pt13.amount) filter (where pt13.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt13.amount) filter (where pt13.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt13.amount) filter (where pt13.firmness = 'UNKNOWN'), 0) as unknown from commitment pt13 where pt13.part_of_id = w11.id and pt13.unit = w11.unit and pt13.amount is not null and (pt13.claim_group is null or pt13.claim_preferred) and not exists (select 1 from commitment am14 where am14.amends_id = pt13.id)) ps12
      ) q2 where true group by ()
    ) r1
  )
)::text
-- values: [100]
