-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":0}'::json) as "partsSkipped", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":1}'::json) as "competingClaimsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(g4.qualifiers), '{"$error":2}'::json) as "qualifiers", (
              select ('[' || coalesce(string_agg((
                select row_to_json(r5.*) from (
                  select c6.description as "description", coalesce(to_json(array(select o7.outlet from (
                    select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.commitment_id = c6.id
                  ) o7 order by 1 limit 100)), '{"$error":3}'::json) as "outlets"
                ) r5
              )::text, ',' order by c6.id), '') || ']')::json from (
                select c6.* from commitment c6 where c6.id = any(g4.ids) order by c6.id limit ?
              ) c6 where true
            ) as "commitments"
          ) r3
        )::text, ',' order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q11.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q11.unit as unit, sum(q11.amount) as total, sum(case when (q11.parts_firm + q11.parts_contingent + q11.parts_unknown) > q11.amount then (case when q11.firmness = 'FIRM' then q11.amount else 0 end) else (case when q11.firmness = 'FIRM' then q11.amount - (q11.parts_firm + q11.parts_contingent + q11.parts_unknown) else 0 end) + q11.parts_firm end) as firm, sum(case when (q11.parts_firm + q11.parts_contingent + q11.parts_unknown) > q11.amount then (case when q11.firmness = 'CONTINGENT' then q11.amount else 0 end) else (case when q11.firmness = 'CONTINGENT' then q11.amount - (q11.parts_firm + q11.parts_contingent + q11.parts_unknown) else 0 end) + q11.parts_contingent end) as contingent, sum(case when (q11.parts_firm + q11.parts_contingent + q11.parts_unknown) > q11.amount then (case when q11.firmness = 'UNKNOWN' then q11.amount else 0 end) else (case when q11.firmness = 'UNKNOWN' then q11.amount - (q11.parts_firm + q11.parts_contingent + q11.parts_unknown) else 0 end) + q11.parts_unknown end) as unknown, count(*) as n, array_agg(distinct q11.qualifier order by q11.qualifier) as qualifiers, array_agg(q11.id order by q11.id) as ids from (
              select w12.*, coalesce(ps13.firm, 0) as parts_firm, coalesce(ps13.contingent, 0) as parts_contingent, coalesce(ps13.unknown, 0) as parts_unknown from commitment w12 left join (select pt14.part_of_id, sum(pt14.amount) filter (where pt14.firmness = 'FIRM') as firm, sum(pt14.amount) filter (where pt14.firmness = 'CONTINGENT') as contingent, sum(pt14.amount) filter (where pt14.firmness = 'UNKNOWN') as unknown from commitment pt14 join commitment pw15 on pw15.id = pt14.part_of_id and pw15.unit = pt14.unit where pt14.amount is not null and (pt14.claim_group is null or pt14.claim_preferred) group by pt14.part_of_id) ps13 on ps13.part_of_id = w12.id
            ) q11 join commitment_timing x16 on x16.commitment_id = q11.id where (exists (select 1 from citation oc17 join source os18 on os18.id = oc17.source_id where oc17.commitment_id = q11.id and (strpos(lower(oc17.credited_outlet), lower(?)) > 0 or strpos(lower(os18.publisher), lower(?)) > 0))) and (in_force(cast(? as date), x16.start_earliest, x16.start_latest, x16.start_precision, x16.end_earliest, x16.end_latest, x16.end_precision) <> 'FALSE') and (q11.amount is not null and (q11.claim_group is null or q11.claim_preferred) and q11.part_of_id is null) group by 1, 2, 3, q11.unit
          ) g4 where true order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from (
        select w19.*, coalesce(ps20.firm, 0) as parts_firm, coalesce(ps20.contingent, 0) as parts_contingent, coalesce(ps20.unknown, 0) as parts_unknown from commitment w19 left join (select pt21.part_of_id, sum(pt21.amount) filter (where pt21.firmness = 'FIRM') as firm, sum(pt21.amount) filter (where pt21.firmness = 'CONTINGENT') as contingent, sum(pt21.amount) filter (where pt21.firmness = 'UNKNOWN') as unknown from commitment pt21 join commitment pw22 on pw22.id = pt21.part_of_id and pw22.unit = pt21.unit where pt21.amount is not null and (pt21.claim_group is null or pt21.claim_preferred) group by pt21.part_of_id) ps20 on ps20.part_of_id = w19.id
      ) q2 join commitment_timing x23 on x23.commitment_id = q2.id where (exists (select 1 from citation oc24 join source os25 on os25.id = oc24.source_id where oc24.commitment_id = q2.id and (strpos(lower(oc24.credited_outlet), lower(?)) > 0 or strpos(lower(os25.publisher), lower(?)) > 0))) and (in_force(cast(? as date), x23.start_earliest, x23.start_latest, x23.start_precision, x23.end_earliest, x23.end_latest, x23.end_precision) <> 'FALSE') group by ()
    ) r1
  )
)::text
-- values: [20,"“OpenAI Shifts Strategic Focus Toward Amazon Amid Microsoft Friction”","“OpenAI Shifts Strategic Focus Toward Amazon Amid Microsoft Friction”","2027-01-01",100,"“OpenAI Shifts Strategic Focus Toward Amazon Amid Microsoft Friction”","“OpenAI Shifts Strategic Focus Toward Amazon Amid Microsoft Friction”","2027-01-01"]
