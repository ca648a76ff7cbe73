-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":0}'::json) as "withoutAmount", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":1}'::json) as "partsSkipped", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":2}'::json) as "competingClaimsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(g4.unit), '{"$error":3}'::json) as "unit", (
              select ('[' || coalesce(string_agg((
                select row_to_json(r5.*) from (
                  select c6.horizon as "horizon", coalesce(to_json(array(select o7.outlet from (
                    select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.commitment_id = c6.id
                  ) o7 order by 1 limit 100)), '{"$error":4}'::json) as "a1"
                ) r5
              )::text, ',' order by c6.id), '') || ']')::json from (
                select c6.* from commitment c6 where c6.id = any(g4.ids) order by c6.id limit ?
              ) c6 where true
            ) as "commitments", (
              select (
                select row_to_json(r11.*) from (
                  select c12.slug as "slug", coalesce(to_json(array(select a13.value from organization_alias a13 where a13.organization_id = c12.id and a13.kind = 'TICKER' order by a13.value limit 100)), '{"$error":5}'::json) as "tickers"
                ) r11
              ) from organization c12 where c12.id = g4.committer_id limit 1
            ) as "committer"
          ) r3
        )::text, ',' order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q14.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q14.unit as unit, sum(q14.amount) as total, sum(case when (q14.parts_firm + q14.parts_contingent + q14.parts_unknown) > q14.amount then (case when q14.firmness = 'FIRM' then q14.amount else 0 end) else (case when q14.firmness = 'FIRM' then q14.amount - (q14.parts_firm + q14.parts_contingent + q14.parts_unknown) else 0 end) + q14.parts_firm end) as firm, sum(case when (q14.parts_firm + q14.parts_contingent + q14.parts_unknown) > q14.amount then (case when q14.firmness = 'CONTINGENT' then q14.amount else 0 end) else (case when q14.firmness = 'CONTINGENT' then q14.amount - (q14.parts_firm + q14.parts_contingent + q14.parts_unknown) else 0 end) + q14.parts_contingent end) as contingent, sum(case when (q14.parts_firm + q14.parts_contingent + q14.parts_unknown) > q14.amount then (case when q14.firmness = 'UNKNOWN' then q14.amount else 0 end) else (case when q14.firmness = 'UNKNOWN' then q14.amount - (q14.parts_firm + q14.parts_contingent + q14.parts_unknown) else 0 end) + q14.parts_unknown end) as unknown, count(*) as n, array_agg(distinct q14.qualifier order by q14.qualifier) as qualifiers, array_agg(q14.id order by q14.id) as ids from (
              select w15.*, coalesce(ps16.firm, 0) as parts_firm, coalesce(ps16.contingent, 0) as parts_contingent, coalesce(ps16.unknown, 0) as parts_unknown from commitment w15 left join (select pt17.part_of_id, sum(pt17.amount) filter (where pt17.firmness = 'FIRM') as firm, sum(pt17.amount) filter (where pt17.firmness = 'CONTINGENT') as contingent, sum(pt17.amount) filter (where pt17.firmness = 'UNKNOWN') as unknown from commitment pt17 join commitment pw18 on pw18.id = pt17.part_of_id and pw18.unit = pt17.unit where pt17.amount is not null and (pt17.claim_group is null or pt17.claim_preferred) group by pt17.part_of_id) ps16 on ps16.part_of_id = w15.id
            ) q14 where (q14.date_precision is not null and coalesce(q14.date_earliest, '-infinity'::date) <= cast(? as date)) and (q14.modality = ?) and (q14.amount is not null and (q14.claim_group is null or q14.claim_preferred) and q14.part_of_id is null) group by 1, 2, 3, q14.unit
          ) g4 where true order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from (
        select w19.*, coalesce(ps20.firm, 0) as parts_firm, coalesce(ps20.contingent, 0) as parts_contingent, coalesce(ps20.unknown, 0) as parts_unknown from commitment w19 left join (select pt21.part_of_id, sum(pt21.amount) filter (where pt21.firmness = 'FIRM') as firm, sum(pt21.amount) filter (where pt21.firmness = 'CONTINGENT') as contingent, sum(pt21.amount) filter (where pt21.firmness = 'UNKNOWN') as unknown from commitment pt21 join commitment pw22 on pw22.id = pt21.part_of_id and pw22.unit = pt21.unit where pt21.amount is not null and (pt21.claim_group is null or pt21.claim_preferred) group by pt21.part_of_id) ps20 on ps20.part_of_id = w19.id
      ) q2 where (q2.date_precision is not null and coalesce(q2.date_earliest, '-infinity'::date) <= cast(? as date)) and (q2.modality = ?) group by ()
    ) r1
  )
)::text
-- values: [20,"2015-06-28","AGREED",100,"2015-06-28","AGREED"]
