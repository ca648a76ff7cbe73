-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from (
            select cc3.source_id, cc3.credited_outlet, bool_or(cc3.credited_outlet is not null) over (partition by cc3.source_id) as credits from citation cc3 where cc3.event_id = t4.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o2(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", (
          select row_to_json(z8.*) from (
            select ('[' || coalesce(a9.l0, '') || ']')::json as "edges", ('[' || coalesce(a9.l1, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors, string_agg(n10.l0::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l0, string_agg(n10.l1::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l1 from (
                select row_number() over (order by t11.sort_0, t11.sort_1, t11.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text), dg_cursor_value(t11.sort_1::text)]::text[], t11.id) as cursor, (
                  select row_to_json(r12.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text), dg_cursor_value(t11.sort_1::text)]::text[], t11.id) as "cursor", (
                      select row_to_json(r13.*) from (
                        select t11.start_offset as "startOffset", t11.excerpt as "excerpt", t11.end_offset as "endOffset"
                      ) r13
                    ) as "node"
                  ) r12
                ) as l0, (
                  select row_to_json(r14.*) from (
                    select t11.credited_outlet as "creditedOutlet", t11.excerpt as "excerpt"
                  ) r14
                ) as l1 from (
                  select q15.*, q15.source_id as sort_0, q15.start_offset as sort_1 from citation q15 where q15.event_id = t4.id order by q15.source_id, q15.start_offset, q15.id limit ?
                ) t11
              ) n10
            ) a9
          ) z8
        ) as "citations"
      ) r1
    ) from event t4 where t4.slug = ? limit 1
  )
)::text
-- values: [2,2,2,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",3,"microsoft-openai-restructuring-2026-04-announced"]
-- r2
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":0}'::json) as "a0", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select g4.kind as "kind", coalesce(to_json(g4.unit), '{"$error":1}'::json) as "unit", coalesce(to_json(g4.qualifiers), '{"$error":2}'::json) as "qualifiers"
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
