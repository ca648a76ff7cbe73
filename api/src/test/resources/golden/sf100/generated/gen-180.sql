-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":0}'::json) as "competingClaimsSkipped", coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":1}'::json) as "withoutAmount", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":2}'::json) as "partsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(trim_scale(g4.total)::text), '{"$error":3}'::json) as "total", coalesce(to_json(g4.n), '{"$error":4}'::json) as "a1"
          ) r3
        )::text, ',' order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q5.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q5.unit as unit, sum(q5.amount) as total, sum(case when (q5.parts_firm + q5.parts_contingent + q5.parts_unknown) > q5.amount then (case when q5.firmness = 'FIRM' then q5.amount else 0 end) else (case when q5.firmness = 'FIRM' then q5.amount - (q5.parts_firm + q5.parts_contingent + q5.parts_unknown) else 0 end) + q5.parts_firm end) as firm, sum(case when (q5.parts_firm + q5.parts_contingent + q5.parts_unknown) > q5.amount then (case when q5.firmness = 'CONTINGENT' then q5.amount else 0 end) else (case when q5.firmness = 'CONTINGENT' then q5.amount - (q5.parts_firm + q5.parts_contingent + q5.parts_unknown) else 0 end) + q5.parts_contingent end) as contingent, sum(case when (q5.parts_firm + q5.parts_contingent + q5.parts_unknown) > q5.amount then (case when q5.firmness = 'UNKNOWN' then q5.amount else 0 end) else (case when q5.firmness = 'UNKNOWN' then q5.amount - (q5.parts_firm + q5.parts_contingent + q5.parts_unknown) else 0 end) + q5.parts_unknown end) as unknown, count(*) as n, array_agg(distinct q5.qualifier order by q5.qualifier) as qualifiers, array_agg(q5.id order by q5.id) as ids from (
              select w6.*, ps7.firm as parts_firm, ps7.contingent as parts_contingent, ps7.unknown as parts_unknown from commitment w6 cross join lateral (select coalesce(sum(pt8.amount) filter (where pt8.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt8.amount) filter (where pt8.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt8.amount) filter (where pt8.firmness = 'UNKNOWN'), 0) as unknown from commitment pt8 where pt8.part_of_id = w6.id and pt8.unit = w6.unit and pt8.amount is not null and (pt8.claim_group is null or pt8.claim_preferred) and not exists (select 1 from commitment am9 where am9.amends_id = pt8.id)) ps7
            ) q5 where q5.amount is not null and (q5.claim_group is null or q5.claim_preferred) and q5.part_of_id is null and not exists (select 1 from commitment am10 where am10.amends_id = q5.id) group by 1, 2, 3, q5.unit
          ) g4 where true order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from (
        select w11.*, ps12.firm as parts_firm, ps12.contingent as parts_contingent, ps12.unknown as parts_unknown from commitment w11 cross join lateral (select coalesce(sum(pt13.amount) filter (where pt13.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt13.amount) filter (where pt13.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt13.amount) filter (where pt13.firmness = 'UNKNOWN'), 0) as unknown from commitment pt13 where pt13.part_of_id = w11.id and pt13.unit = w11.unit and pt13.amount is not null and (pt13.claim_group is null or pt13.claim_preferred) and not exists (select 1 from commitment am14 where am14.amends_id = pt13.id)) ps12
      ) q2 where true group by ()
    ) r1
  )
)::text
-- values: [100]
-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.event_id = t5.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o3(outlet)
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t5.kind as "kind", (
          select row_to_json(z8.*) from (
            select (
              select row_to_json(r9.*) from (
                select a10.fetched > ? as "hasNextPage", a10.cursors[array_length(a10.cursors, 1)] as "endCursor", false as "hasPreviousPage"
              ) r9
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors from (
                select row_number() over (order by t12.sort_0, t12.sort_1, t12.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text), dg_cursor_value(t12.sort_1::text)]::text[], t12.id) as cursor from (
                  select q13.*, q13.source_id as sort_0, q13.start_offset as sort_1 from citation q13 where q13.event_id = t5.id order by q13.source_id, q13.start_offset, q13.id limit ?
                ) t12
              ) n11
            ) a10
          ) z8
        ) as "citations", coalesce(to_json((case when t5.date_precision is null then null else (
          select row_to_json(r14.*) from (
            select t5.date_latest as "a0", coalesce(to_json(dg_fuzzy_display(t5.date_earliest, t5.date_latest, t5.date_precision)), '{"$error":1}'::json) as "display"
          ) r14
        ) end)), '{"$error":2}'::json) as "date"
      ) r1
    ) from event t5 where t5.slug = ? limit 1
  )
)::text
-- values: [1,1,"SOURCE_POSITION:ASC",2,"event-5678-1"]
