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
        )::text, ',' order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q5.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q5.unit as unit, q5.currency as currency, q5.count_of as count_of, sum(q5.amount) as total, sum(case when q5.firmness = 'FIRM' then q5.amount - (
              select coalesce(sum(pt6.amount), 0) from commitment pt6 where pt6.part_of_id = q5.id and pt6.unit = q5.unit and pt6.currency is not distinct from q5.currency and pt6.count_of is not distinct from q5.count_of and pt6.firmness <> 'FIRM' and pt6.amount is not null and (pt6.claim_group is null or pt6.claim_preferred) and not exists (select 1 from commitment am7 where am7.amends_id = pt6.id)
            ) else (
              select coalesce(sum(pt8.amount), 0) from commitment pt8 where pt8.part_of_id = q5.id and pt8.unit = q5.unit and pt8.currency is not distinct from q5.currency and pt8.count_of is not distinct from q5.count_of and pt8.firmness = 'FIRM' and pt8.amount is not null and (pt8.claim_group is null or pt8.claim_preferred) and not exists (select 1 from commitment am9 where am9.amends_id = pt8.id)
            ) end) as firm, sum(case when q5.firmness = 'CONTINGENT' then q5.amount - (
              select coalesce(sum(pt10.amount), 0) from commitment pt10 where pt10.part_of_id = q5.id and pt10.unit = q5.unit and pt10.currency is not distinct from q5.currency and pt10.count_of is not distinct from q5.count_of and pt10.firmness <> 'CONTINGENT' and pt10.amount is not null and (pt10.claim_group is null or pt10.claim_preferred) and not exists (select 1 from commitment am11 where am11.amends_id = pt10.id)
            ) else (
              select coalesce(sum(pt12.amount), 0) from commitment pt12 where pt12.part_of_id = q5.id and pt12.unit = q5.unit and pt12.currency is not distinct from q5.currency and pt12.count_of is not distinct from q5.count_of and pt12.firmness = 'CONTINGENT' and pt12.amount is not null and (pt12.claim_group is null or pt12.claim_preferred) and not exists (select 1 from commitment am13 where am13.amends_id = pt12.id)
            ) end) as contingent, sum(case when q5.firmness = 'UNKNOWN' then q5.amount - (
              select coalesce(sum(pt14.amount), 0) from commitment pt14 where pt14.part_of_id = q5.id and pt14.unit = q5.unit and pt14.currency is not distinct from q5.currency and pt14.count_of is not distinct from q5.count_of and pt14.firmness <> 'UNKNOWN' and pt14.amount is not null and (pt14.claim_group is null or pt14.claim_preferred) and not exists (select 1 from commitment am15 where am15.amends_id = pt14.id)
            ) else (
              select coalesce(sum(pt16.amount), 0) from commitment pt16 where pt16.part_of_id = q5.id and pt16.unit = q5.unit and pt16.currency is not distinct from q5.currency and pt16.count_of is not distinct from q5.count_of and pt16.firmness = 'UNKNOWN' and pt16.amount is not null and (pt16.claim_group is null or pt16.claim_preferred) and not exists (select 1 from commitment am17 where am17.amends_id = pt16.id)
            ) end) as unknown, count(*) as n, array_agg(distinct q5.qualifier order by q5.qualifier) as qualifiers, array_agg(q5.id order by q5.id) as ids from commitment q5 where q5.amount is not null and (q5.claim_group is null or q5.claim_preferred) and q5.part_of_id is null and not exists (select 1 from commitment am18 where am18.amends_id = q5.id) group by 1, 2, 3, q5.unit, q5.currency, q5.count_of
          ) g4 where true order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from commitment q2 where true group by ()
    ) r1
  )
)::text
-- values: [100]
