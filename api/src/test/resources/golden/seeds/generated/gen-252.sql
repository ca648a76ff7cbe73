-- activity
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(0), '{"$error":0}'::json) as "notPlaced", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r2.*) from (
            select g3.month as "month", coalesce(to_json(g3.key), '{"$error":1}'::json) as "key", coalesce(to_json(g3.n), '{"$error":2}'::json) as "count"
          ) r2
        )::text, ',' order by g3.month, g3.n desc, g3.key), '') || ']')::json from (
          select g3.* from (
            select (
              select o4.slug from organization o4 where o4.id = q5.organization_id
            ) as key, null::text as month, q5.organization_id as organization_id, count(distinct q5.id)::int as n from (
              select i6.*, l7.organization_id from (
                select d8.id, d8.announced_earliest as date_earliest, d8.announced_latest as date_latest, d8.announced_precision as date_precision from deal d8
              ) i6 left join (
                select distinct deal_id as id, organization_id from deal_party
              ) l7 on l7.id = i6.id
            ) q5 where true group by q5.organization_id having q5.organization_id is not null
          ) g3 where true order by g3.month, g3.n desc, g3.key limit ?
        ) g3 where true
      ) as "buckets" from (
        select i9.*, l10.organization_id from (
          select d11.id, d11.announced_earliest as date_earliest, d11.announced_latest as date_latest, d11.announced_precision as date_precision from deal d11
        ) i9 left join (
          select distinct deal_id as id, organization_id from deal_party
        ) l10 on l10.id = i9.id
      ) q12 where true group by ()
    ) r1
  )
)::text
-- values: [100]
-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":0}'::json) as "partsSkipped", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":1}'::json) as "competingClaimsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(g4.n), '{"$error":2}'::json) as "count", (
              select (
                select row_to_json(r5.*) from (
                  select c6.slug as "slug", coalesce(to_json(array(select a7.value from organization_alias a7 where a7.organization_id = c6.id and a7.kind = 'ALIAS' order by a7.value limit 100)), '{"$error":3}'::json) as "a1"
                ) r5
              ) from organization c6 where c6.id = g4.recipient_id limit 1
            ) as "recipient"
          ) r3
        )::text, ',' order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select null::bigint as committer_id, q8.recipient_id as recipient_id, null::text as kind, q8.unit as unit, sum(q8.amount) as total, sum(case when (q8.parts_firm + q8.parts_contingent + q8.parts_unknown) > q8.amount then (case when q8.firmness = 'FIRM' then q8.amount else 0 end) else (case when q8.firmness = 'FIRM' then q8.amount - (q8.parts_firm + q8.parts_contingent + q8.parts_unknown) else 0 end) + q8.parts_firm end) as firm, sum(case when (q8.parts_firm + q8.parts_contingent + q8.parts_unknown) > q8.amount then (case when q8.firmness = 'CONTINGENT' then q8.amount else 0 end) else (case when q8.firmness = 'CONTINGENT' then q8.amount - (q8.parts_firm + q8.parts_contingent + q8.parts_unknown) else 0 end) + q8.parts_contingent end) as contingent, sum(case when (q8.parts_firm + q8.parts_contingent + q8.parts_unknown) > q8.amount then (case when q8.firmness = 'UNKNOWN' then q8.amount else 0 end) else (case when q8.firmness = 'UNKNOWN' then q8.amount - (q8.parts_firm + q8.parts_contingent + q8.parts_unknown) else 0 end) + q8.parts_unknown end) as unknown, count(*) as n, array_agg(distinct q8.qualifier order by q8.qualifier) as qualifiers, array_agg(q8.id order by q8.id) as ids from (
              select w9.*, ps10.firm as parts_firm, ps10.contingent as parts_contingent, ps10.unknown as parts_unknown from commitment w9 cross join lateral (select coalesce(sum(pt11.amount) filter (where pt11.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt11.amount) filter (where pt11.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt11.amount) filter (where pt11.firmness = 'UNKNOWN'), 0) as unknown from commitment pt11 where pt11.part_of_id = w9.id and pt11.unit = w9.unit and pt11.amount is not null and (pt11.claim_group is null or pt11.claim_preferred) and not exists (select 1 from commitment am12 where am12.amends_id = pt11.id)) ps10
            ) q8 join commitment_timing x13 on x13.commitment_id = q8.id where (in_force(cast(? as date), x13.start_earliest, x13.start_latest, x13.start_precision, x13.end_earliest, x13.end_latest, x13.end_precision) <> 'FALSE') and (q8.amount is not null and (q8.claim_group is null or q8.claim_preferred) and q8.part_of_id is null and not exists (select 1 from commitment am14 join commitment_timing amt15 on amt15.commitment_id = am14.id where am14.amends_id = q8.id and in_force_start(cast(? as date), amt15.start_earliest, amt15.start_latest, amt15.start_precision) <> 'FALSE')) group by 1, 2, 3, q8.unit
          ) g4 where true order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from (
        select w16.*, ps17.firm as parts_firm, ps17.contingent as parts_contingent, ps17.unknown as parts_unknown from commitment w16 cross join lateral (select coalesce(sum(pt18.amount) filter (where pt18.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt18.amount) filter (where pt18.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt18.amount) filter (where pt18.firmness = 'UNKNOWN'), 0) as unknown from commitment pt18 where pt18.part_of_id = w16.id and pt18.unit = w16.unit and pt18.amount is not null and (pt18.claim_group is null or pt18.claim_preferred) and not exists (select 1 from commitment am19 where am19.amends_id = pt18.id)) ps17
      ) q2 join commitment_timing x20 on x20.commitment_id = q2.id where in_force(cast(? as date), x20.start_earliest, x20.start_latest, x20.start_precision, x20.end_earliest, x20.end_latest, x20.end_precision) <> 'FALSE' group by ()
    ) r1
  )
)::text
-- values: ["2026-04-26","2026-04-26",100,"2026-04-26"]
