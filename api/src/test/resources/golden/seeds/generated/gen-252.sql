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
        )::text, ',' order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select null::bigint as committer_id, q8.recipient_id as recipient_id, null::text as kind, q8.unit as unit, q8.currency as currency, q8.count_of as count_of, sum(q8.amount) as total, sum(case when q8.firmness = 'FIRM' then q8.amount - (
              select coalesce(sum(pt9.amount), 0) from commitment pt9 where pt9.part_of_id = q8.id and pt9.unit = q8.unit and pt9.currency is not distinct from q8.currency and pt9.count_of is not distinct from q8.count_of and pt9.firmness <> 'FIRM' and pt9.amount is not null and (pt9.claim_group is null or pt9.claim_preferred) and not exists (select 1 from commitment am10 where am10.amends_id = pt9.id)
            ) else (
              select coalesce(sum(pt11.amount), 0) from commitment pt11 where pt11.part_of_id = q8.id and pt11.unit = q8.unit and pt11.currency is not distinct from q8.currency and pt11.count_of is not distinct from q8.count_of and pt11.firmness = 'FIRM' and pt11.amount is not null and (pt11.claim_group is null or pt11.claim_preferred) and not exists (select 1 from commitment am12 where am12.amends_id = pt11.id)
            ) end) as firm, sum(case when q8.firmness = 'CONTINGENT' then q8.amount - (
              select coalesce(sum(pt13.amount), 0) from commitment pt13 where pt13.part_of_id = q8.id and pt13.unit = q8.unit and pt13.currency is not distinct from q8.currency and pt13.count_of is not distinct from q8.count_of and pt13.firmness <> 'CONTINGENT' and pt13.amount is not null and (pt13.claim_group is null or pt13.claim_preferred) and not exists (select 1 from commitment am14 where am14.amends_id = pt13.id)
            ) else (
              select coalesce(sum(pt15.amount), 0) from commitment pt15 where pt15.part_of_id = q8.id and pt15.unit = q8.unit and pt15.currency is not distinct from q8.currency and pt15.count_of is not distinct from q8.count_of and pt15.firmness = 'CONTINGENT' and pt15.amount is not null and (pt15.claim_group is null or pt15.claim_preferred) and not exists (select 1 from commitment am16 where am16.amends_id = pt15.id)
            ) end) as contingent, sum(case when q8.firmness = 'UNKNOWN' then q8.amount - (
              select coalesce(sum(pt17.amount), 0) from commitment pt17 where pt17.part_of_id = q8.id and pt17.unit = q8.unit and pt17.currency is not distinct from q8.currency and pt17.count_of is not distinct from q8.count_of and pt17.firmness <> 'UNKNOWN' and pt17.amount is not null and (pt17.claim_group is null or pt17.claim_preferred) and not exists (select 1 from commitment am18 where am18.amends_id = pt17.id)
            ) else (
              select coalesce(sum(pt19.amount), 0) from commitment pt19 where pt19.part_of_id = q8.id and pt19.unit = q8.unit and pt19.currency is not distinct from q8.currency and pt19.count_of is not distinct from q8.count_of and pt19.firmness = 'UNKNOWN' and pt19.amount is not null and (pt19.claim_group is null or pt19.claim_preferred) and not exists (select 1 from commitment am20 where am20.amends_id = pt19.id)
            ) end) as unknown, count(*) as n, array_agg(distinct q8.qualifier order by q8.qualifier) as qualifiers, array_agg(q8.id order by q8.id) as ids from commitment q8 join commitment_timing x21 on x21.commitment_id = q8.id where (in_force(cast(? as date), x21.start_earliest, x21.start_latest, x21.start_precision, x21.end_earliest, x21.end_latest, x21.end_precision) <> 'FALSE') and (q8.amount is not null and (q8.claim_group is null or q8.claim_preferred) and q8.part_of_id is null and not exists (select 1 from commitment am22 join commitment_timing amt23 on amt23.commitment_id = am22.id where am22.amends_id = q8.id and in_force_start(cast(? as date), amt23.start_earliest, amt23.start_latest, amt23.start_precision) <> 'FALSE')) group by 1, 2, 3, q8.unit, q8.currency, q8.count_of
          ) g4 where true order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from commitment q2 join commitment_timing x24 on x24.commitment_id = q2.id where in_force(cast(? as date), x24.start_earliest, x24.start_latest, x24.start_precision, x24.end_earliest, x24.end_latest, x24.end_precision) <> 'FALSE' group by ()
    ) r1
  )
)::text
-- values: ["2026-04-26","2026-04-26",100,"2026-04-26"]
