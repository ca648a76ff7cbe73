-- byCommitter
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":0}'::json) as "withoutAmount", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":1}'::json) as "competingClaimsSkipped", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":2}'::json) as "partsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select (
              select (
                select row_to_json(r4.*) from (
                  select c5.name as "name"
                ) r4
              ) from organization c5 where c5.id = g6.committer_id limit 1
            ) as "committer", coalesce(to_json(g6.unit), '{"$error":3}'::json) as "unit", coalesce(to_json(trim_scale(g6.total)::text), '{"$error":4}'::json) as "total", coalesce(to_json(g6.n), '{"$error":5}'::json) as "count", coalesce(to_json(g6.qualifiers), '{"$error":6}'::json) as "qualifiers", (
              select ('[' || coalesce(string_agg((
                select row_to_json(r7.*) from (
                  select c8.description as "description"
                ) r7
              )::text, ',' order by c8.id), '') || ']')::json from (
                select c8.* from commitment c8 where c8.id = any(g6.ids) order by c8.id limit ?
              ) c8 where true
            ) as "commitments"
          ) r3
        )::text, ',' order by g6.unit, g6.total desc, g6.committer_id, g6.recipient_id, g6.kind), '') || ']')::json from (
          select g6.* from (
            select q9.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q9.unit as unit, sum(q9.amount) as total, sum(case when (q9.parts_firm + q9.parts_contingent + q9.parts_unknown) > q9.amount then (case when q9.firmness = 'FIRM' then q9.amount else 0 end) else (case when q9.firmness = 'FIRM' then q9.amount - (q9.parts_firm + q9.parts_contingent + q9.parts_unknown) else 0 end) + q9.parts_firm end) as firm, sum(case when (q9.parts_firm + q9.parts_contingent + q9.parts_unknown) > q9.amount then (case when q9.firmness = 'CONTINGENT' then q9.amount else 0 end) else (case when q9.firmness = 'CONTINGENT' then q9.amount - (q9.parts_firm + q9.parts_contingent + q9.parts_unknown) else 0 end) + q9.parts_contingent end) as contingent, sum(case when (q9.parts_firm + q9.parts_contingent + q9.parts_unknown) > q9.amount then (case when q9.firmness = 'UNKNOWN' then q9.amount else 0 end) else (case when q9.firmness = 'UNKNOWN' then q9.amount - (q9.parts_firm + q9.parts_contingent + q9.parts_unknown) else 0 end) + q9.parts_unknown end) as unknown, count(*) as n, array_agg(distinct q9.qualifier order by q9.qualifier) as qualifiers, array_agg(q9.id order by q9.id) as ids from (
              select w10.*, ps11.firm as parts_firm, ps11.contingent as parts_contingent, ps11.unknown as parts_unknown from commitment w10 cross join lateral (select coalesce(sum(pt12.amount) filter (where pt12.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt12.amount) filter (where pt12.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt12.amount) filter (where pt12.firmness = 'UNKNOWN'), 0) as unknown from commitment pt12 where pt12.part_of_id = w10.id and pt12.unit = w10.unit and pt12.amount is not null and (pt12.claim_group is null or pt12.claim_preferred) and not exists (select 1 from commitment am13 where am13.amends_id = pt12.id)) ps11
            ) q9 where q9.amount is not null and (q9.claim_group is null or q9.claim_preferred) and q9.part_of_id is null and not exists (select 1 from commitment am14 where am14.amends_id = q9.id) group by 1, 2, 3, q9.unit
          ) g6 where true order by g6.unit, g6.total desc, g6.committer_id, g6.recipient_id, g6.kind limit ?
        ) g6 where true
      ) as "groups" from (
        select w15.*, ps16.firm as parts_firm, ps16.contingent as parts_contingent, ps16.unknown as parts_unknown from commitment w15 cross join lateral (select coalesce(sum(pt17.amount) filter (where pt17.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt17.amount) filter (where pt17.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt17.amount) filter (where pt17.firmness = 'UNKNOWN'), 0) as unknown from commitment pt17 where pt17.part_of_id = w15.id and pt17.unit = w15.unit and pt17.amount is not null and (pt17.claim_group is null or pt17.claim_preferred) and not exists (select 1 from commitment am18 where am18.amends_id = pt17.id)) ps16
      ) q2 where true group by ()
    ) r1
  )
)::text
-- values: [20,100]
-- byRecipient
select (
  (
    select row_to_json(r1.*) from (
      select (
        select ('[' || coalesce(string_agg((
          select row_to_json(r2.*) from (
            select (
              select (
                select row_to_json(r3.*) from (
                  select c4.name as "name"
                ) r3
              ) from organization c4 where c4.id = g5.recipient_id limit 1
            ) as "recipient", coalesce(to_json(g5.unit), '{"$error":0}'::json) as "unit", coalesce(to_json(trim_scale(g5.total)::text), '{"$error":1}'::json) as "total", coalesce(to_json(g5.n), '{"$error":2}'::json) as "count", coalesce(to_json(g5.qualifiers), '{"$error":3}'::json) as "qualifiers"
          ) r2
        )::text, ',' order by g5.unit, g5.total desc, g5.committer_id, g5.recipient_id, g5.kind), '') || ']')::json from (
          select g5.* from (
            select null::bigint as committer_id, q6.recipient_id as recipient_id, null::text as kind, q6.unit as unit, sum(q6.amount) as total, sum(case when (q6.parts_firm + q6.parts_contingent + q6.parts_unknown) > q6.amount then (case when q6.firmness = 'FIRM' then q6.amount else 0 end) else (case when q6.firmness = 'FIRM' then q6.amount - (q6.parts_firm + q6.parts_contingent + q6.parts_unknown) else 0 end) + q6.parts_firm end) as firm, sum(case when (q6.parts_firm + q6.parts_contingent + q6.parts_unknown) > q6.amount then (case when q6.firmness = 'CONTINGENT' then q6.amount else 0 end) else (case when q6.firmness = 'CONTINGENT' then q6.amount - (q6.parts_firm + q6.parts_contingent + q6.parts_unknown) else 0 end) + q6.parts_contingent end) as contingent, sum(case when (q6.parts_firm + q6.parts_contingent + q6.parts_unknown) > q6.amount then (case when q6.firmness = 'UNKNOWN' then q6.amount else 0 end) else (case when q6.firmness = 'UNKNOWN' then q6.amount - (q6.parts_firm + q6.parts_contingent + q6.parts_unknown) else 0 end) + q6.parts_unknown end) as unknown, count(*) as n, array_agg(distinct q6.qualifier order by q6.qualifier) as qualifiers, array_agg(q6.id order by q6.id) as ids from (
              select w7.*, ps8.firm as parts_firm, ps8.contingent as parts_contingent, ps8.unknown as parts_unknown from commitment w7 cross join lateral (select coalesce(sum(pt9.amount) filter (where pt9.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt9.amount) filter (where pt9.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt9.amount) filter (where pt9.firmness = 'UNKNOWN'), 0) as unknown from commitment pt9 where pt9.part_of_id = w7.id and pt9.unit = w7.unit and pt9.amount is not null and (pt9.claim_group is null or pt9.claim_preferred) and not exists (select 1 from commitment am10 where am10.amends_id = pt9.id)) ps8
            ) q6 where q6.amount is not null and (q6.claim_group is null or q6.claim_preferred) and q6.part_of_id is null and not exists (select 1 from commitment am11 where am11.amends_id = q6.id) group by 1, 2, 3, q6.unit
          ) g5 where true order by g5.unit, g5.total desc, g5.committer_id, g5.recipient_id, g5.kind limit ?
        ) g5 where true
      ) as "groups" from (
        select w12.*, ps13.firm as parts_firm, ps13.contingent as parts_contingent, ps13.unknown as parts_unknown from commitment w12 cross join lateral (select coalesce(sum(pt14.amount) filter (where pt14.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt14.amount) filter (where pt14.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt14.amount) filter (where pt14.firmness = 'UNKNOWN'), 0) as unknown from commitment pt14 where pt14.part_of_id = w12.id and pt14.unit = w12.unit and pt14.amount is not null and (pt14.claim_group is null or pt14.claim_preferred) and not exists (select 1 from commitment am15 where am15.amends_id = pt14.id)) ps13
      ) q16 where true group by ()
    ) r1
  )
)::text
-- values: [100]
