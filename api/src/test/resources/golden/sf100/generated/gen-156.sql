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
        )::text, ',' order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q8.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q8.unit as unit, sum(q8.amount) as total, sum(case when (q8.parts_firm + q8.parts_contingent + q8.parts_unknown) > q8.amount then (case when q8.firmness = 'FIRM' then q8.amount else 0 end) else (case when q8.firmness = 'FIRM' then q8.amount - (q8.parts_firm + q8.parts_contingent + q8.parts_unknown) else 0 end) + q8.parts_firm end) as firm, sum(case when (q8.parts_firm + q8.parts_contingent + q8.parts_unknown) > q8.amount then (case when q8.firmness = 'CONTINGENT' then q8.amount else 0 end) else (case when q8.firmness = 'CONTINGENT' then q8.amount - (q8.parts_firm + q8.parts_contingent + q8.parts_unknown) else 0 end) + q8.parts_contingent end) as contingent, sum(case when (q8.parts_firm + q8.parts_contingent + q8.parts_unknown) > q8.amount then (case when q8.firmness = 'UNKNOWN' then q8.amount else 0 end) else (case when q8.firmness = 'UNKNOWN' then q8.amount - (q8.parts_firm + q8.parts_contingent + q8.parts_unknown) else 0 end) + q8.parts_unknown end) as unknown, count(*) as n, array_agg(distinct q8.qualifier order by q8.qualifier) as qualifiers, array_agg(q8.id order by q8.id) as ids from (
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
-- values: ["2025-10-31","2025-10-31",100,"2025-10-31"]
