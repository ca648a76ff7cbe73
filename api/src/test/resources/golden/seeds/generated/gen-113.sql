-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":0}'::json) as "competingClaimsSkipped", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":1}'::json) as "partsSkipped", coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":2}'::json) as "withoutAmount", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(g4.unit), '{"$error":3}'::json) as "unit", (
              select ('[' || coalesce(string_agg((
                select row_to_json(r5.*) from (
                  select coalesce(to_json((coalesce(c6.claim_preferred, false) or c6.claim_group is null)), '{"$error":4}'::json) as "a0"
                ) r5
              )::text, ',' order by c6.id), '') || ']')::json from (
                select c6.* from commitment c6 where c6.id = any(g4.ids) order by c6.id limit ?
              ) c6 where true
            ) as "commitments"
          ) r3
        )::text, ',' order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q7.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q7.unit as unit, sum(q7.amount) as total, sum(case when (q7.parts_firm + q7.parts_contingent + q7.parts_unknown) > q7.amount then (case when q7.firmness = 'FIRM' then q7.amount else 0 end) else (case when q7.firmness = 'FIRM' then q7.amount - (q7.parts_firm + q7.parts_contingent + q7.parts_unknown) else 0 end) + q7.parts_firm end) as firm, sum(case when (q7.parts_firm + q7.parts_contingent + q7.parts_unknown) > q7.amount then (case when q7.firmness = 'CONTINGENT' then q7.amount else 0 end) else (case when q7.firmness = 'CONTINGENT' then q7.amount - (q7.parts_firm + q7.parts_contingent + q7.parts_unknown) else 0 end) + q7.parts_contingent end) as contingent, sum(case when (q7.parts_firm + q7.parts_contingent + q7.parts_unknown) > q7.amount then (case when q7.firmness = 'UNKNOWN' then q7.amount else 0 end) else (case when q7.firmness = 'UNKNOWN' then q7.amount - (q7.parts_firm + q7.parts_contingent + q7.parts_unknown) else 0 end) + q7.parts_unknown end) as unknown, count(*) as n, array_agg(distinct q7.qualifier order by q7.qualifier) as qualifiers, array_agg(q7.id order by q7.id) as ids from (
              select w8.*, ps9.firm as parts_firm, ps9.contingent as parts_contingent, ps9.unknown as parts_unknown from commitment w8 cross join lateral (select coalesce(sum(pt10.amount) filter (where pt10.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt10.amount) filter (where pt10.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt10.amount) filter (where pt10.firmness = 'UNKNOWN'), 0) as unknown from commitment pt10 where pt10.part_of_id = w8.id and pt10.unit = w8.unit and pt10.amount is not null and (pt10.claim_group is null or pt10.claim_preferred) and not exists (select 1 from commitment am11 where am11.amends_id = pt10.id)) ps9
            ) q7 join commitment_timing x12 on x12.commitment_id = q7.id where (q7.kind = ?) and (in_force(cast(? as date), x12.start_earliest, x12.start_latest, x12.start_precision, x12.end_earliest, x12.end_latest, x12.end_precision) <> 'FALSE') and (q7.amount is not null and (q7.claim_group is null or q7.claim_preferred) and q7.part_of_id is null and not exists (select 1 from commitment am13 join commitment_timing amt14 on amt14.commitment_id = am13.id where am13.amends_id = q7.id and in_force_start(cast(? as date), amt14.start_earliest, amt14.start_latest, amt14.start_precision) <> 'FALSE')) group by 1, 2, 3, q7.unit
          ) g4 where true order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from (
        select w15.*, ps16.firm as parts_firm, ps16.contingent as parts_contingent, ps16.unknown as parts_unknown from commitment w15 cross join lateral (select coalesce(sum(pt17.amount) filter (where pt17.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt17.amount) filter (where pt17.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt17.amount) filter (where pt17.firmness = 'UNKNOWN'), 0) as unknown from commitment pt17 where pt17.part_of_id = w15.id and pt17.unit = w15.unit and pt17.amount is not null and (pt17.claim_group is null or pt17.claim_preferred) and not exists (select 1 from commitment am18 where am18.amends_id = pt17.id)) ps16
      ) q2 join commitment_timing x19 on x19.commitment_id = q2.id where (q2.kind = ?) and (in_force(cast(? as date), x19.start_earliest, x19.start_latest, x19.start_precision, x19.end_earliest, x19.end_latest, x19.end_precision) <> 'FALSE') group by ()
    ) r1
  )
)::text
-- values: [20,"COMPUTE_CAPACITY","2026-05-01","2026-05-01",100,"COMPUTE_CAPACITY","2026-05-01"]
-- r2
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":0}'::json) as "a0", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":1}'::json) as "competingClaimsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select g4.kind as "kind"
          ) r3
        )::text, ',' order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q5.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q5.unit as unit, sum(q5.amount) as total, sum(case when (q5.parts_firm + q5.parts_contingent + q5.parts_unknown) > q5.amount then (case when q5.firmness = 'FIRM' then q5.amount else 0 end) else (case when q5.firmness = 'FIRM' then q5.amount - (q5.parts_firm + q5.parts_contingent + q5.parts_unknown) else 0 end) + q5.parts_firm end) as firm, sum(case when (q5.parts_firm + q5.parts_contingent + q5.parts_unknown) > q5.amount then (case when q5.firmness = 'CONTINGENT' then q5.amount else 0 end) else (case when q5.firmness = 'CONTINGENT' then q5.amount - (q5.parts_firm + q5.parts_contingent + q5.parts_unknown) else 0 end) + q5.parts_contingent end) as contingent, sum(case when (q5.parts_firm + q5.parts_contingent + q5.parts_unknown) > q5.amount then (case when q5.firmness = 'UNKNOWN' then q5.amount else 0 end) else (case when q5.firmness = 'UNKNOWN' then q5.amount - (q5.parts_firm + q5.parts_contingent + q5.parts_unknown) else 0 end) + q5.parts_unknown end) as unknown, count(*) as n, array_agg(distinct q5.qualifier order by q5.qualifier) as qualifiers, array_agg(q5.id order by q5.id) as ids from (
              select w6.*, ps7.firm as parts_firm, ps7.contingent as parts_contingent, ps7.unknown as parts_unknown from commitment w6 cross join lateral (select coalesce(sum(pt8.amount) filter (where pt8.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt8.amount) filter (where pt8.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt8.amount) filter (where pt8.firmness = 'UNKNOWN'), 0) as unknown from commitment pt8 where pt8.part_of_id = w6.id and pt8.unit = w6.unit and pt8.amount is not null and (pt8.claim_group is null or pt8.claim_preferred) and not exists (select 1 from commitment am9 where am9.amends_id = pt8.id)) ps7
            ) q5 where (q5.unit = ?) and (q5.amount is not null and (q5.claim_group is null or q5.claim_preferred) and q5.part_of_id is null and not exists (select 1 from commitment am10 where am10.amends_id = q5.id)) group by 1, 2, 3, q5.unit
          ) g4 where true order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from (
        select w11.*, ps12.firm as parts_firm, ps12.contingent as parts_contingent, ps12.unknown as parts_unknown from commitment w11 cross join lateral (select coalesce(sum(pt13.amount) filter (where pt13.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt13.amount) filter (where pt13.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt13.amount) filter (where pt13.firmness = 'UNKNOWN'), 0) as unknown from commitment pt13 where pt13.part_of_id = w11.id and pt13.unit = w11.unit and pt13.amount is not null and (pt13.claim_group is null or pt13.claim_preferred) and not exists (select 1 from commitment am14 where am14.amends_id = pt13.id)) ps12
      ) q2 where q2.unit = ? group by ()
    ) r1
  )
)::text
-- values: ["GW",100,"GW"]
