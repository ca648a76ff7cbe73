-- r1
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":0}'::json) as "withoutAmount", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select g4.kind as "kind", coalesce(to_json(g4.unit), '{"$error":1}'::json) as "unit", coalesce(to_json(g4.qualifiers), '{"$error":2}'::json) as "qualifiers", (
              select (
                select row_to_json(r5.*) from (
                  select c6.slug as "slug", coalesce(to_json(dg_global_id('Organization', c6.slug)), '{"$error":3}'::json) as "id", coalesce(to_json(array(select a7.value from organization_alias a7 where a7.organization_id = c6.id and a7.kind = 'TICKER' order by a7.value limit 100)), '{"$error":4}'::json) as "tickers"
                ) r5
              ) from organization c6 where c6.id = g4.recipient_id limit 1
            ) as "recipient", (
              select ('[' || coalesce(string_agg((
                select row_to_json(r8.*) from (
                  select coalesce(to_json(coalesce((
                    select in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) from commitment_timing x9 where x9.commitment_id = c10.id
                  ), 'UNKNOWN')), '{"$error":5}'::json) as "inForce", (
                    select row_to_json(z11.*) from (
                      select ('[' || coalesce(a12.l0, '') || ']')::json as "edges" from (
                        select count(*) as fetched, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors, string_agg(n13.l0::text, ',' order by n13.ord) filter (where n13.ord <= ?) as l0 from (
                          select row_number() over (order by t14.sort_0, t14.sort_1, t14.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text), dg_cursor_value(t14.sort_1::text)]::text[], t14.id) as cursor, (
                            select row_to_json(r15.*) from (
                              select dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text), dg_cursor_value(t14.sort_1::text)]::text[], t14.id) as "cursor"
                            ) r15
                          ) as l0 from (
                            select q16.*, q16.source_id as sort_0, q16.start_offset as sort_1 from citation q16 where q16.commitment_id = c10.id order by q16.source_id, q16.start_offset, q16.id limit ?
                          ) t14
                        ) n13
                      ) a12
                    ) z11
                  ) as "citations", (case when c10.amount is null then null else (
                    select row_to_json(r17.*) from (
                      select coalesce(to_json(dg_quantity_text(c10.amount, c10.unit, c10.qualifier)), '{"$error":6}'::json) as "text", coalesce(to_json(c10.qualifier), '{"$error":7}'::json) as "qualifier"
                    ) r17
                  ) end) as "quantity"
                ) r8
              )::text, ',' order by c10.id), '') || ']')::json from (
                select c10.* from commitment c10 where c10.id = any(g4.ids) order by c10.id limit ?
              ) c10 where true
            ) as "commitments"
          ) r3
        )::text, ',' order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q18.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q18.unit as unit, sum(q18.amount) as total, sum(case when (q18.parts_firm + q18.parts_contingent + q18.parts_unknown) > q18.amount then (case when q18.firmness = 'FIRM' then q18.amount else 0 end) else (case when q18.firmness = 'FIRM' then q18.amount - (q18.parts_firm + q18.parts_contingent + q18.parts_unknown) else 0 end) + q18.parts_firm end) as firm, sum(case when (q18.parts_firm + q18.parts_contingent + q18.parts_unknown) > q18.amount then (case when q18.firmness = 'CONTINGENT' then q18.amount else 0 end) else (case when q18.firmness = 'CONTINGENT' then q18.amount - (q18.parts_firm + q18.parts_contingent + q18.parts_unknown) else 0 end) + q18.parts_contingent end) as contingent, sum(case when (q18.parts_firm + q18.parts_contingent + q18.parts_unknown) > q18.amount then (case when q18.firmness = 'UNKNOWN' then q18.amount else 0 end) else (case when q18.firmness = 'UNKNOWN' then q18.amount - (q18.parts_firm + q18.parts_contingent + q18.parts_unknown) else 0 end) + q18.parts_unknown end) as unknown, count(*) as n, array_agg(distinct q18.qualifier order by q18.qualifier) as qualifiers, array_agg(q18.id order by q18.id) as ids from (
              select w19.*, ps20.firm as parts_firm, ps20.contingent as parts_contingent, ps20.unknown as parts_unknown from commitment w19 cross join lateral (select coalesce(sum(pt21.amount) filter (where pt21.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt21.amount) filter (where pt21.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt21.amount) filter (where pt21.firmness = 'UNKNOWN'), 0) as unknown from commitment pt21 where pt21.part_of_id = w19.id and pt21.unit = w19.unit and pt21.amount is not null and (pt21.claim_group is null or pt21.claim_preferred) and not exists (select 1 from commitment am22 where am22.amends_id = pt21.id)) ps20
            ) q18 where q18.amount is not null and (q18.claim_group is null or q18.claim_preferred) and q18.part_of_id is null and not exists (select 1 from commitment am23 where am23.amends_id = q18.id) group by 1, 2, 3, q18.unit
          ) g4 where true order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from (
        select w24.*, ps25.firm as parts_firm, ps25.contingent as parts_contingent, ps25.unknown as parts_unknown from commitment w24 cross join lateral (select coalesce(sum(pt26.amount) filter (where pt26.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt26.amount) filter (where pt26.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt26.amount) filter (where pt26.firmness = 'UNKNOWN'), 0) as unknown from commitment pt26 where pt26.part_of_id = w24.id and pt26.unit = w24.unit and pt26.amount is not null and (pt26.claim_group is null or pt26.claim_preferred) and not exists (select 1 from commitment am27 where am27.amends_id = pt26.id)) ps25
      ) q2 where true group by ()
    ) r1
  )
)::text
-- values: ["2026-04-03",3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,20,100]
-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", coalesce(to_json(dg_global_id('Statement', t2.slug)), '{"$error":0}'::json) as "id", (
          select (
            select row_to_json(r3.*) from (
              select coalesce(to_json((select count(*)::int from (
                select distinct trim(o4.outlet) collate "C" as outlet from (
                  select cc5.source_id, cc5.credited_outlet, bool_or(cc5.credited_outlet is not null) over (partition by cc5.source_id) as credits from citation cc5 where cc5.deal_id = c6.id
                ) c7 join source s8 on s8.id = c7.source_id cross join lateral unnest(case when c7.credited_outlet is not null then string_to_array(c7.credited_outlet, ',') when c7.credits then array[]::text[] else array[coalesce(s8.publisher, s8.author, '“' || s8.title || '”')] end) as o4(outlet)
              ) o9)), '{"$error":1}'::json) as "corroboration", c6.title as "title", c6.status as "status"
            ) r3
          ) from deal c6 where c6.id = t2.deal_id limit 1
        ) as "deal"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["microsoft-openai-joint-statement-evolve-partnership"]
