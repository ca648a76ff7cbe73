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
                    select distinct trim(o7.outlet) collate "C" as outlet from (
                      select cc8.source_id, cc8.credited_outlet, bool_or(cc8.credited_outlet is not null) over (partition by cc8.source_id) as credits from citation cc8 where cc8.commitment_id = c6.id
                    ) c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') when c9.credits then array[]::text[] else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o7(outlet)
                  ) o11)), '{"$error":6}'::json) as "a1", coalesce(to_json(dg_global_id('Commitment', c6.slug)), '{"$error":7}'::json) as "id", c6.horizon as "horizon", (
                    select (
                      select row_to_json(r12.*) from (
                        select coalesce(to_json(c13.claim_group), '{"$error":8}'::json) as "key", coalesce(to_json((
                          select (
                            select row_to_json(r14.*) from (
                              select c15.modality as "modality"
                            ) r14
                          ) from commitment c15 where c15.id = (
                            select p16.id from commitment p16 where p16.claim_group = c13.claim_group order by p16.claim_preferred desc, p16.id limit 1
                          ) limit 1
                        )), '{"$error":9}'::json) as "preferred", (
                          select ('[' || coalesce(string_agg((
                            select row_to_json(r17.*) from (
                              select coalesce(to_json(c18.attribute), '{"$error":10}'::json) as "a0"
                            ) r17
                          )::text, ',' order by c18.attribute_ord), '') || ']')::json from (
                            select c18.* from claim_disagreement c18 where c18.claim_group = c13.claim_group order by c18.attribute_ord limit ?
                          ) c18 where true
                        ) as "disagreements"
                      ) r12
                    ) from (
                      select min(c19.id) as id, c19.claim_group from commitment c19 where c19.claim_group is not null group by c19.claim_group
                    ) c13 where c13.claim_group = c6.claim_group limit 1
                  ) as "claims"
                ) r5
              )::text, ',' order by c6.id), '') || ']')::json from (
                select c6.* from commitment c6 where c6.id = any(g4.ids) order by c6.id limit ?
              ) c6 where true
            ) as "commitments"
          ) r3
        )::text, ',' order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q20.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q20.unit as unit, q20.currency as currency, q20.count_of as count_of, sum(q20.amount) as total, sum(case when q20.firmness = 'FIRM' then q20.amount - (
              select coalesce(sum(pt21.amount), 0) from commitment pt21 where pt21.part_of_id = q20.id and pt21.unit = q20.unit and pt21.currency is not distinct from q20.currency and pt21.count_of is not distinct from q20.count_of and pt21.firmness <> 'FIRM' and pt21.amount is not null and (pt21.claim_group is null or pt21.claim_preferred) and not exists (select 1 from commitment am22 where am22.amends_id = pt21.id)
            ) else (
              select coalesce(sum(pt23.amount), 0) from commitment pt23 where pt23.part_of_id = q20.id and pt23.unit = q20.unit and pt23.currency is not distinct from q20.currency and pt23.count_of is not distinct from q20.count_of and pt23.firmness = 'FIRM' and pt23.amount is not null and (pt23.claim_group is null or pt23.claim_preferred) and not exists (select 1 from commitment am24 where am24.amends_id = pt23.id)
            ) end) as firm, sum(case when q20.firmness = 'CONTINGENT' then q20.amount - (
              select coalesce(sum(pt25.amount), 0) from commitment pt25 where pt25.part_of_id = q20.id and pt25.unit = q20.unit and pt25.currency is not distinct from q20.currency and pt25.count_of is not distinct from q20.count_of and pt25.firmness <> 'CONTINGENT' and pt25.amount is not null and (pt25.claim_group is null or pt25.claim_preferred) and not exists (select 1 from commitment am26 where am26.amends_id = pt25.id)
            ) else (
              select coalesce(sum(pt27.amount), 0) from commitment pt27 where pt27.part_of_id = q20.id and pt27.unit = q20.unit and pt27.currency is not distinct from q20.currency and pt27.count_of is not distinct from q20.count_of and pt27.firmness = 'CONTINGENT' and pt27.amount is not null and (pt27.claim_group is null or pt27.claim_preferred) and not exists (select 1 from commitment am28 where am28.amends_id = pt27.id)
            ) end) as contingent, sum(case when q20.firmness = 'UNKNOWN' then q20.amount - (
              select coalesce(sum(pt29.amount), 0) from commitment pt29 where pt29.part_of_id = q20.id and pt29.unit = q20.unit and pt29.currency is not distinct from q20.currency and pt29.count_of is not distinct from q20.count_of and pt29.firmness <> 'UNKNOWN' and pt29.amount is not null and (pt29.claim_group is null or pt29.claim_preferred) and not exists (select 1 from commitment am30 where am30.amends_id = pt29.id)
            ) else (
              select coalesce(sum(pt31.amount), 0) from commitment pt31 where pt31.part_of_id = q20.id and pt31.unit = q20.unit and pt31.currency is not distinct from q20.currency and pt31.count_of is not distinct from q20.count_of and pt31.firmness = 'UNKNOWN' and pt31.amount is not null and (pt31.claim_group is null or pt31.claim_preferred) and not exists (select 1 from commitment am32 where am32.amends_id = pt31.id)
            ) end) as unknown, count(*) as n, array_agg(distinct q20.qualifier order by q20.qualifier) as qualifiers, array_agg(q20.id order by q20.id) as ids from commitment q20 join commitment_timing x33 on x33.commitment_id = q20.id where (in_force(cast(? as date), x33.start_earliest, x33.start_latest, x33.start_precision, x33.end_earliest, x33.end_latest, x33.end_precision) <> 'FALSE') and (q20.amount is not null and (q20.claim_group is null or q20.claim_preferred) and q20.part_of_id is null and not exists (select 1 from commitment am34 join commitment_timing amt35 on amt35.commitment_id = am34.id where am34.amends_id = q20.id and in_force_start(cast(? as date), amt35.start_earliest, amt35.start_latest, amt35.start_precision) <> 'FALSE')) group by 1, 2, 3, q20.unit, q20.currency, q20.count_of
          ) g4 where true order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from commitment q2 join commitment_timing x36 on x36.commitment_id = q2.id where in_force(cast(? as date), x36.start_earliest, x36.start_latest, x36.start_precision, x36.end_earliest, x36.end_latest, x36.end_precision) <> 'FALSE' group by ()
    ) r1
  )
)::text
-- values: [7,20,"2026-04-13","2026-04-13",100,"2026-04-13"]
-- deals
select (
  '{"$error":0}'::json
)::text
-- values: []
