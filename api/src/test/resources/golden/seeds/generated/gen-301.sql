-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":0}'::json) as "withoutAmount", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":1}'::json) as "partsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(trim_scale(g4.total)::text), '{"$error":2}'::json) as "total", (
              select ('[' || coalesce(string_agg((
                select row_to_json(r5.*) from (
                  select coalesce(to_json((select count(*)::int from (
                    select distinct trim(o6.outlet) collate "C" as outlet from citation c7 join source s8 on s8.id = c7.source_id cross join lateral unnest(case when c7.credited_outlet is not null then string_to_array(c7.credited_outlet, ',') else array[coalesce(s8.publisher, s8.author, '“' || s8.title || '”')] end) as o6(outlet) where c7.commitment_id = c9.id
                  ) o10)), '{"$error":3}'::json) as "corroboration", c9.claim_group as "claimGroup"
                ) r5
              )::text, ',' order by c9.id), '') || ']')::json from (
                select c9.* from commitment c9 where c9.id = any(g4.ids) order by c9.id limit ?
              ) c9 where true
            ) as "commitments"
          ) r3
        )::text, ',' order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q11.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q11.unit as unit, sum(q11.amount) as total, sum(case when (q11.parts_firm + q11.parts_contingent + q11.parts_unknown) > q11.amount then (case when q11.firmness = 'FIRM' then q11.amount else 0 end) else (case when q11.firmness = 'FIRM' then q11.amount - (q11.parts_firm + q11.parts_contingent + q11.parts_unknown) else 0 end) + q11.parts_firm end) as firm, sum(case when (q11.parts_firm + q11.parts_contingent + q11.parts_unknown) > q11.amount then (case when q11.firmness = 'CONTINGENT' then q11.amount else 0 end) else (case when q11.firmness = 'CONTINGENT' then q11.amount - (q11.parts_firm + q11.parts_contingent + q11.parts_unknown) else 0 end) + q11.parts_contingent end) as contingent, sum(case when (q11.parts_firm + q11.parts_contingent + q11.parts_unknown) > q11.amount then (case when q11.firmness = 'UNKNOWN' then q11.amount else 0 end) else (case when q11.firmness = 'UNKNOWN' then q11.amount - (q11.parts_firm + q11.parts_contingent + q11.parts_unknown) else 0 end) + q11.parts_unknown end) as unknown, count(*) as n, array_agg(distinct q11.qualifier order by q11.qualifier) as qualifiers, array_agg(q11.id order by q11.id) as ids from (
              select w12.*, coalesce(ps13.firm, 0) as parts_firm, coalesce(ps13.contingent, 0) as parts_contingent, coalesce(ps13.unknown, 0) as parts_unknown from commitment w12 left join (select pt14.part_of_id, sum(pt14.amount) filter (where pt14.firmness = 'FIRM') as firm, sum(pt14.amount) filter (where pt14.firmness = 'CONTINGENT') as contingent, sum(pt14.amount) filter (where pt14.firmness = 'UNKNOWN') as unknown from commitment pt14 join commitment pw15 on pw15.id = pt14.part_of_id and pw15.unit = pt14.unit where pt14.amount is not null and (pt14.claim_group is null or pt14.claim_preferred) group by pt14.part_of_id) ps13 on ps13.part_of_id = w12.id
            ) q11 where q11.amount is not null and (q11.claim_group is null or q11.claim_preferred) and q11.part_of_id is null group by 1, 2, 3, q11.unit
          ) g4 where true order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from (
        select w16.*, coalesce(ps17.firm, 0) as parts_firm, coalesce(ps17.contingent, 0) as parts_contingent, coalesce(ps17.unknown, 0) as parts_unknown from commitment w16 left join (select pt18.part_of_id, sum(pt18.amount) filter (where pt18.firmness = 'FIRM') as firm, sum(pt18.amount) filter (where pt18.firmness = 'CONTINGENT') as contingent, sum(pt18.amount) filter (where pt18.firmness = 'UNKNOWN') as unknown from commitment pt18 join commitment pw19 on pw19.id = pt18.part_of_id and pw19.unit = pt18.unit where pt18.amount is not null and (pt18.claim_group is null or pt18.claim_preferred) group by pt18.part_of_id) ps17 on ps17.part_of_id = w16.id
      ) q2 where true group by ()
    ) r1
  )
)::text
-- values: [20,100]
