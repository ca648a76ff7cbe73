-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.event_id = t5.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o3(outlet)
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets"
      ) r1
    ) from event t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["microsoft-openai-restructuring-2026-04-announced"]
-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":0}'::json) as "partsSkipped", coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":1}'::json) as "withoutAmount", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":2}'::json) as "competingClaimsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(g4.unit), '{"$error":3}'::json) as "unit", coalesce(to_json(trim_scale(g4.total)::text), '{"$error":4}'::json) as "total", (
              select (
                select row_to_json(r5.*) from (
                  select c6.kind as "kind", c6.slug as "slug", (
                    select (
                      select row_to_json(r7.*) from (
                        select coalesce(to_json(array(select a8.value from organization_alias a8 where a8.organization_id = c9.id and a8.kind = 'TICKER' order by a8.value limit 100)), '{"$error":5}'::json) as "tickers", c9.description as "description"
                      ) r7
                    ) from organization c9 where c9.id = c6.parent_id limit 1
                  ) as "parent"
                ) r5
              ) from organization c6 where c6.id = g4.committer_id limit 1
            ) as "committer"
          ) r3
        )::text, ',' order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q10.committer_id as committer_id, q10.recipient_id as recipient_id, null::text as kind, q10.unit as unit, q10.currency as currency, q10.count_of as count_of, sum(q10.amount) as total, sum(case when q10.firmness = 'FIRM' then q10.amount - (
              select coalesce(sum(pt11.amount), 0) from commitment pt11 where pt11.part_of_id = q10.id and pt11.unit = q10.unit and pt11.currency is not distinct from q10.currency and pt11.count_of is not distinct from q10.count_of and pt11.firmness <> 'FIRM' and pt11.amount is not null and (pt11.claim_group is null or pt11.claim_preferred) and not exists (select 1 from commitment am12 where am12.amends_id = pt11.id)
            ) else (
              select coalesce(sum(pt13.amount), 0) from commitment pt13 where pt13.part_of_id = q10.id and pt13.unit = q10.unit and pt13.currency is not distinct from q10.currency and pt13.count_of is not distinct from q10.count_of and pt13.firmness = 'FIRM' and pt13.amount is not null and (pt13.claim_group is null or pt13.claim_preferred) and not exists (select 1 from commitment am14 where am14.amends_id = pt13.id)
            ) end) as firm, sum(case when q10.firmness = 'CONTINGENT' then q10.amount - (
              select coalesce(sum(pt15.amount), 0) from commitment pt15 where pt15.part_of_id = q10.id and pt15.unit = q10.unit and pt15.currency is not distinct from q10.currency and pt15.count_of is not distinct from q10.count_of and pt15.firmness <> 'CONTINGENT' and pt15.amount is not null and (pt15.claim_group is null or pt15.claim_preferred) and not exists (select 1 from commitment am16 where am16.amends_id = pt15.id)
            ) else (
              select coalesce(sum(pt17.amount), 0) from commitment pt17 where pt17.part_of_id = q10.id and pt17.unit = q10.unit and pt17.currency is not distinct from q10.currency and pt17.count_of is not distinct from q10.count_of and pt17.firmness = 'CONTINGENT' and pt17.amount is not null and (pt17.claim_group is null or pt17.claim_preferred) and not exists (select 1 from commitment am18 where am18.amends_id = pt17.id)
            ) end) as contingent, sum(case when q10.firmness = 'UNKNOWN' then q10.amount - (
              select coalesce(sum(pt19.amount), 0) from commitment pt19 where pt19.part_of_id = q10.id and pt19.unit = q10.unit and pt19.currency is not distinct from q10.currency and pt19.count_of is not distinct from q10.count_of and pt19.firmness <> 'UNKNOWN' and pt19.amount is not null and (pt19.claim_group is null or pt19.claim_preferred) and not exists (select 1 from commitment am20 where am20.amends_id = pt19.id)
            ) else (
              select coalesce(sum(pt21.amount), 0) from commitment pt21 where pt21.part_of_id = q10.id and pt21.unit = q10.unit and pt21.currency is not distinct from q10.currency and pt21.count_of is not distinct from q10.count_of and pt21.firmness = 'UNKNOWN' and pt21.amount is not null and (pt21.claim_group is null or pt21.claim_preferred) and not exists (select 1 from commitment am22 where am22.amends_id = pt21.id)
            ) end) as unknown, count(*) as n, array_agg(distinct q10.qualifier order by q10.qualifier) as qualifiers, array_agg(q10.id order by q10.id) as ids from commitment q10 join commitment_timing x23 on x23.commitment_id = q10.id where (in_force(cast(? as date), x23.start_earliest, x23.start_latest, x23.start_precision, x23.end_earliest, x23.end_latest, x23.end_precision) <> 'FALSE') and (q10.amount is not null and (q10.claim_group is null or q10.claim_preferred) and q10.part_of_id is null and not exists (select 1 from commitment am24 join commitment_timing amt25 on amt25.commitment_id = am24.id where am24.amends_id = q10.id and in_force_start(cast(? as date), amt25.start_earliest, amt25.start_latest, amt25.start_precision) <> 'FALSE')) group by 1, 2, 3, q10.unit, q10.currency, q10.count_of
          ) g4 where true order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from commitment q2 join commitment_timing x26 on x26.commitment_id = q2.id where in_force(cast(? as date), x26.start_earliest, x26.start_latest, x26.start_precision, x26.end_earliest, x26.end_latest, x26.end_precision) <> 'FALSE' group by ()
    ) r1
  )
)::text
-- values: ["2025-11-06","2025-11-06",100,"2025-11-06"]
