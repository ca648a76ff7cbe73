-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":0}'::json) as "partsSkipped", coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":1}'::json) as "withoutAmount", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select g4.kind as "kind", coalesce(to_json(g4.unit), '{"$error":2}'::json) as "unit", coalesce(to_json(g4.n), '{"$error":3}'::json) as "count", coalesce(to_json(g4.qualifiers), '{"$error":4}'::json) as "qualifiers", (
              select ('[' || coalesce(string_agg((
                select row_to_json(r5.*) from (
                  select coalesce(to_json((coalesce(c6.claim_preferred, false) or c6.claim_group is null)), '{"$error":5}'::json) as "preferred", coalesce(to_json((select count(*)::int from (
                    select distinct trim(o7.outlet) collate "C" as outlet from citation c8 join source s9 on s9.id = c8.source_id cross join lateral unnest(case when c8.credited_outlet is not null then string_to_array(c8.credited_outlet, ',') else array[coalesce(s9.publisher, s9.author, '“' || s9.title || '”')] end) as o7(outlet) where c8.commitment_id = c6.id
                  ) o10)), '{"$error":6}'::json) as "a1", coalesce(to_json(dg_global_id('Commitment', c6.slug)), '{"$error":7}'::json) as "id", c6.horizon as "horizon", (
                    select (
                      select row_to_json(r11.*) from (
                        select coalesce(to_json(c12.claim_group), '{"$error":8}'::json) as "key", coalesce(to_json((
                          select (
                            select row_to_json(r13.*) from (
                              select c14.modality as "modality"
                            ) r13
                          ) from commitment c14 where c14.id = (
                            select p15.id from commitment p15 where p15.claim_group = c12.claim_group order by p15.claim_preferred desc, p15.id limit 1
                          ) limit 1
                        )), '{"$error":9}'::json) as "preferred", (
                          select ('[' || coalesce(string_agg((
                            select row_to_json(r16.*) from (
                              select coalesce(to_json(c17.attribute), '{"$error":10}'::json) as "a0"
                            ) r16
                          )::text, ',' order by c17.attribute_ord), '') || ']')::json from (
                            select c17.* from claim_disagreement c17 where c17.claim_group = c12.claim_group order by c17.attribute_ord limit ?
                          ) c17 where true
                        ) as "disagreements"
                      ) r11
                    ) from (
                      select min(c18.id) as id, c18.claim_group from commitment c18 where c18.claim_group is not null group by c18.claim_group
                    ) c12 where c12.claim_group = c6.claim_group limit 1
                  ) as "claims"
                ) r5
              )::text, ',' order by c6.id), '') || ']')::json from (
                select c6.* from commitment c6 where c6.id = any(g4.ids) order by c6.id limit ?
              ) c6 where true
            ) as "commitments"
          ) r3
        )::text, ',' order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q19.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q19.unit as unit, sum(q19.amount) as total, sum(case when (q19.parts_firm + q19.parts_contingent + q19.parts_unknown) > q19.amount then (case when q19.firmness = 'FIRM' then q19.amount else 0 end) else (case when q19.firmness = 'FIRM' then q19.amount - (q19.parts_firm + q19.parts_contingent + q19.parts_unknown) else 0 end) + q19.parts_firm end) as firm, sum(case when (q19.parts_firm + q19.parts_contingent + q19.parts_unknown) > q19.amount then (case when q19.firmness = 'CONTINGENT' then q19.amount else 0 end) else (case when q19.firmness = 'CONTINGENT' then q19.amount - (q19.parts_firm + q19.parts_contingent + q19.parts_unknown) else 0 end) + q19.parts_contingent end) as contingent, sum(case when (q19.parts_firm + q19.parts_contingent + q19.parts_unknown) > q19.amount then (case when q19.firmness = 'UNKNOWN' then q19.amount else 0 end) else (case when q19.firmness = 'UNKNOWN' then q19.amount - (q19.parts_firm + q19.parts_contingent + q19.parts_unknown) else 0 end) + q19.parts_unknown end) as unknown, count(*) as n, array_agg(distinct q19.qualifier order by q19.qualifier) as qualifiers, array_agg(q19.id order by q19.id) as ids from (
              select w20.*, coalesce(ps21.firm, 0) as parts_firm, coalesce(ps21.contingent, 0) as parts_contingent, coalesce(ps21.unknown, 0) as parts_unknown from commitment w20 left join (select pt22.part_of_id, sum(pt22.amount) filter (where pt22.firmness = 'FIRM') as firm, sum(pt22.amount) filter (where pt22.firmness = 'CONTINGENT') as contingent, sum(pt22.amount) filter (where pt22.firmness = 'UNKNOWN') as unknown from commitment pt22 join commitment pw23 on pw23.id = pt22.part_of_id and pw23.unit = pt22.unit where pt22.amount is not null and (pt22.claim_group is null or pt22.claim_preferred) group by pt22.part_of_id) ps21 on ps21.part_of_id = w20.id
            ) q19 join commitment_timing x24 on x24.commitment_id = q19.id where (in_force(cast(? as date), x24.start_earliest, x24.start_latest, x24.start_precision, x24.end_earliest, x24.end_latest, x24.end_precision) <> 'FALSE') and (q19.amount is not null and (q19.claim_group is null or q19.claim_preferred) and q19.part_of_id is null) group by 1, 2, 3, q19.unit
          ) g4 where true order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from (
        select w25.*, coalesce(ps26.firm, 0) as parts_firm, coalesce(ps26.contingent, 0) as parts_contingent, coalesce(ps26.unknown, 0) as parts_unknown from commitment w25 left join (select pt27.part_of_id, sum(pt27.amount) filter (where pt27.firmness = 'FIRM') as firm, sum(pt27.amount) filter (where pt27.firmness = 'CONTINGENT') as contingent, sum(pt27.amount) filter (where pt27.firmness = 'UNKNOWN') as unknown from commitment pt27 join commitment pw28 on pw28.id = pt27.part_of_id and pw28.unit = pt27.unit where pt27.amount is not null and (pt27.claim_group is null or pt27.claim_preferred) group by pt27.part_of_id) ps26 on ps26.part_of_id = w25.id
      ) q2 join commitment_timing x29 on x29.commitment_id = q2.id where in_force(cast(? as date), x29.start_earliest, x29.start_latest, x29.start_precision, x29.end_earliest, x29.end_latest, x29.end_precision) <> 'FALSE' group by ()
    ) r1
  )
)::text
-- values: [7,20,"2026-04-13",100,"2026-04-13"]
-- deals
select (
  '{"$error":0}'::json
)::text
-- values: []
