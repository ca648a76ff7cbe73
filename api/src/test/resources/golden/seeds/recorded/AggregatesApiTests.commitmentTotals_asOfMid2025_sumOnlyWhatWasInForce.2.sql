-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":0}'::json) as "withoutAmount", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":1}'::json) as "competingClaimsSkipped", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":2}'::json) as "partsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select (
              select (
                select row_to_json(r4.*) from (
                  select c5.slug as "slug"
                ) r4
              ) from organization c5 where c5.id = g6.committer_id limit 1
            ) as "committer", (
              select (
                select row_to_json(r7.*) from (
                  select c8.slug as "slug"
                ) r7
              ) from organization c8 where c8.id = g6.recipient_id limit 1
            ) as "recipient", g6.kind as "kind", coalesce(to_json(g6.unit), '{"$error":3}'::json) as "unit", coalesce(to_json(trim_scale(g6.total)::text), '{"$error":4}'::json) as "total", coalesce(to_json(g6.n), '{"$error":5}'::json) as "count", coalesce(to_json(g6.qualifiers), '{"$error":6}'::json) as "qualifiers", (
              select ('[' || coalesce(string_agg((
                select row_to_json(r9.*) from (
                  select c10.slug as "slug", (case when c10.amount is null then null else (
                    select row_to_json(r11.*) from (
                      select coalesce(to_json(trim_scale(c10.amount)::text), '{"$error":7}'::json) as "amount", coalesce(to_json(c10.unit), '{"$error":8}'::json) as "unit"
                    ) r11
                  ) end) as "quantity", (
                    select (
                      select row_to_json(r12.*) from (
                        select c13.slug as "slug"
                      ) r12
                    ) from commitment c13 where c13.id = c10.part_of_id limit 1
                  ) as "partOf", coalesce(to_json((coalesce(c10.claim_preferred, false) or c10.claim_group is null)), '{"$error":9}'::json) as "preferred"
                ) r9
              )::text, ',' order by c10.id), '') || ']')::json from (
                select c10.* from commitment c10 where c10.id = any(g6.ids) order by c10.id limit ?
              ) c10 where true
            ) as "commitments"
          ) r3
        )::text, ',' order by g6.unit, g6.total desc, g6.committer_id, g6.recipient_id, g6.kind), '') || ']')::json from (
          select g6.* from (
            select q14.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q14.unit as unit, sum(q14.amount) as total, sum(case when (q14.parts_firm + q14.parts_contingent + q14.parts_unknown) > q14.amount then (case when q14.firmness = 'FIRM' then q14.amount else 0 end) else (case when q14.firmness = 'FIRM' then q14.amount - (q14.parts_firm + q14.parts_contingent + q14.parts_unknown) else 0 end) + q14.parts_firm end) as firm, sum(case when (q14.parts_firm + q14.parts_contingent + q14.parts_unknown) > q14.amount then (case when q14.firmness = 'CONTINGENT' then q14.amount else 0 end) else (case when q14.firmness = 'CONTINGENT' then q14.amount - (q14.parts_firm + q14.parts_contingent + q14.parts_unknown) else 0 end) + q14.parts_contingent end) as contingent, sum(case when (q14.parts_firm + q14.parts_contingent + q14.parts_unknown) > q14.amount then (case when q14.firmness = 'UNKNOWN' then q14.amount else 0 end) else (case when q14.firmness = 'UNKNOWN' then q14.amount - (q14.parts_firm + q14.parts_contingent + q14.parts_unknown) else 0 end) + q14.parts_unknown end) as unknown, count(*) as n, array_agg(distinct q14.qualifier order by q14.qualifier) as qualifiers, array_agg(q14.id order by q14.id) as ids from (
              select w15.*, ps16.firm as parts_firm, ps16.contingent as parts_contingent, ps16.unknown as parts_unknown from commitment w15 cross join lateral (select coalesce(sum(pt17.amount) filter (where pt17.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt17.amount) filter (where pt17.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt17.amount) filter (where pt17.firmness = 'UNKNOWN'), 0) as unknown from commitment pt17 where pt17.part_of_id = w15.id and pt17.unit = w15.unit and pt17.amount is not null and (pt17.claim_group is null or pt17.claim_preferred) and not exists (select 1 from commitment am18 where am18.amends_id = pt17.id)) ps16
            ) q14 join commitment_timing x19 on x19.commitment_id = q14.id where (in_force(cast(? as date), x19.start_earliest, x19.start_latest, x19.start_precision, x19.end_earliest, x19.end_latest, x19.end_precision) <> 'FALSE') and (q14.amount is not null and (q14.claim_group is null or q14.claim_preferred) and q14.part_of_id is null and not exists (select 1 from commitment am20 join commitment_timing amt21 on amt21.commitment_id = am20.id where am20.amends_id = q14.id and in_force_start(cast(? as date), amt21.start_earliest, amt21.start_latest, amt21.start_precision) <> 'FALSE')) group by 1, 2, 3, q14.unit
          ) g6 where true order by g6.unit, g6.total desc, g6.committer_id, g6.recipient_id, g6.kind limit ?
        ) g6 where true
      ) as "groups" from (
        select w22.*, ps23.firm as parts_firm, ps23.contingent as parts_contingent, ps23.unknown as parts_unknown from commitment w22 cross join lateral (select coalesce(sum(pt24.amount) filter (where pt24.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt24.amount) filter (where pt24.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt24.amount) filter (where pt24.firmness = 'UNKNOWN'), 0) as unknown from commitment pt24 where pt24.part_of_id = w22.id and pt24.unit = w22.unit and pt24.amount is not null and (pt24.claim_group is null or pt24.claim_preferred) and not exists (select 1 from commitment am25 where am25.amends_id = pt24.id)) ps23
      ) q2 join commitment_timing x26 on x26.commitment_id = q2.id where in_force(cast(? as date), x26.start_earliest, x26.start_latest, x26.start_precision, x26.end_earliest, x26.end_latest, x26.end_precision) <> 'FALSE' group by ()
    ) r1
  )
)::text
-- values: [20,"2026-03-01","2026-03-01",100,"2026-03-01"]
