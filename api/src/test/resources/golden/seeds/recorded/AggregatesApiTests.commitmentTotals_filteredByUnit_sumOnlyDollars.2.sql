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
        )::text, ',' order by g6.unit, g6.currency, g6.count_of, g6.total desc, g6.committer_id, g6.recipient_id, g6.kind), '') || ']')::json from (
          select g6.* from (
            select q14.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q14.unit as unit, q14.currency as currency, q14.count_of as count_of, sum(q14.amount) as total, sum(case when q14.firmness = 'FIRM' then q14.amount - (
              select coalesce(sum(pt15.amount), 0) from commitment pt15 where pt15.part_of_id = q14.id and pt15.unit = q14.unit and pt15.currency is not distinct from q14.currency and pt15.count_of is not distinct from q14.count_of and pt15.firmness <> 'FIRM' and pt15.amount is not null and (pt15.claim_group is null or pt15.claim_preferred) and not exists (select 1 from commitment am16 where am16.amends_id = pt15.id)
            ) else (
              select coalesce(sum(pt17.amount), 0) from commitment pt17 where pt17.part_of_id = q14.id and pt17.unit = q14.unit and pt17.currency is not distinct from q14.currency and pt17.count_of is not distinct from q14.count_of and pt17.firmness = 'FIRM' and pt17.amount is not null and (pt17.claim_group is null or pt17.claim_preferred) and not exists (select 1 from commitment am18 where am18.amends_id = pt17.id)
            ) end) as firm, sum(case when q14.firmness = 'CONTINGENT' then q14.amount - (
              select coalesce(sum(pt19.amount), 0) from commitment pt19 where pt19.part_of_id = q14.id and pt19.unit = q14.unit and pt19.currency is not distinct from q14.currency and pt19.count_of is not distinct from q14.count_of and pt19.firmness <> 'CONTINGENT' and pt19.amount is not null and (pt19.claim_group is null or pt19.claim_preferred) and not exists (select 1 from commitment am20 where am20.amends_id = pt19.id)
            ) else (
              select coalesce(sum(pt21.amount), 0) from commitment pt21 where pt21.part_of_id = q14.id and pt21.unit = q14.unit and pt21.currency is not distinct from q14.currency and pt21.count_of is not distinct from q14.count_of and pt21.firmness = 'CONTINGENT' and pt21.amount is not null and (pt21.claim_group is null or pt21.claim_preferred) and not exists (select 1 from commitment am22 where am22.amends_id = pt21.id)
            ) end) as contingent, sum(case when q14.firmness = 'UNKNOWN' then q14.amount - (
              select coalesce(sum(pt23.amount), 0) from commitment pt23 where pt23.part_of_id = q14.id and pt23.unit = q14.unit and pt23.currency is not distinct from q14.currency and pt23.count_of is not distinct from q14.count_of and pt23.firmness <> 'UNKNOWN' and pt23.amount is not null and (pt23.claim_group is null or pt23.claim_preferred) and not exists (select 1 from commitment am24 where am24.amends_id = pt23.id)
            ) else (
              select coalesce(sum(pt25.amount), 0) from commitment pt25 where pt25.part_of_id = q14.id and pt25.unit = q14.unit and pt25.currency is not distinct from q14.currency and pt25.count_of is not distinct from q14.count_of and pt25.firmness = 'UNKNOWN' and pt25.amount is not null and (pt25.claim_group is null or pt25.claim_preferred) and not exists (select 1 from commitment am26 where am26.amends_id = pt25.id)
            ) end) as unknown, count(*) as n, array_agg(distinct q14.qualifier order by q14.qualifier) as qualifiers, array_agg(q14.id order by q14.id) as ids from commitment q14 where (q14.unit = ?) and (q14.amount is not null and (q14.claim_group is null or q14.claim_preferred) and q14.part_of_id is null and not exists (select 1 from commitment am27 where am27.amends_id = q14.id)) group by 1, 2, 3, q14.unit, q14.currency, q14.count_of
          ) g6 where true order by g6.unit, g6.currency, g6.count_of, g6.total desc, g6.committer_id, g6.recipient_id, g6.kind limit ?
        ) g6 where true
      ) as "groups" from commitment q2 where q2.unit = ? group by ()
    ) r1
  )
)::text
-- values: [20,"GW",100,"GW"]
