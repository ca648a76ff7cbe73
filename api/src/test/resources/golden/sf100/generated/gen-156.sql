-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.description as "description", t2.kind as "kind", coalesce(to_json(dg_global_id('Event', t2.slug)), '{"$error":0}'::json) as "id", coalesce(to_json(array(select o3.outlet from (
          select distinct trim(o4.outlet) collate "C" as outlet from (
            select cc5.source_id, cc5.credited_outlet, bool_or(cc5.credited_outlet is not null) over (partition by cc5.source_id) as credits from citation cc5 where cc5.event_id = t2.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o4(outlet)
        ) o3 order by 1 limit 100)), '{"$error":1}'::json) as "outlets"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["event-4004-1"]
-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":0}'::json) as "partsSkipped", coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":1}'::json) as "withoutAmount", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":2}'::json) as "competingClaimsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(trim_scale(g4.total)::text), '{"$error":3}'::json) as "total", g4.kind as "kind", coalesce(to_json(g4.unit), '{"$error":4}'::json) as "unit", coalesce(to_json(g4.n), '{"$error":5}'::json) as "count", (
              select (
                select row_to_json(r5.*) from (
                  select c6.description as "description", c6.name as "name", coalesce(to_json(array(select a7.value from organization_alias a7 where a7.organization_id = c6.id and a7.kind = 'TICKER' order by a7.value limit 100)), '{"$error":6}'::json) as "tickers"
                ) r5
              ) from organization c6 where c6.id = g4.recipient_id limit 1
            ) as "recipient"
          ) r3
        )::text, ',' order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q8.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q8.unit as unit, q8.currency as currency, q8.count_of as count_of, sum(q8.amount) as total, sum(case when q8.firmness = 'FIRM' then q8.amount - (
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
-- values: ["2025-10-31","2025-10-31",100,"2025-10-31"]
