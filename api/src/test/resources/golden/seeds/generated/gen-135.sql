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
                      select coalesce(to_json(dg_quantity_text(c10.amount, c10.unit, c10.currency, c10.count_of, c10.qualifier)), '{"$error":6}'::json) as "text", coalesce(to_json(c10.qualifier), '{"$error":7}'::json) as "qualifier"
                    ) r17
                  ) end) as "quantity"
                ) r8
              )::text, ',' order by c10.id), '') || ']')::json from (
                select c10.* from commitment c10 where c10.id = any(g4.ids) order by c10.id limit ?
              ) c10 where true
            ) as "commitments"
          ) r3
        )::text, ',' order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q18.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q18.unit as unit, q18.currency as currency, q18.count_of as count_of, sum(q18.amount) as total, sum(case when q18.firmness = 'FIRM' then q18.amount - (
              select coalesce(sum(pt19.amount), 0) from commitment pt19 where pt19.part_of_id = q18.id and pt19.unit = q18.unit and pt19.currency is not distinct from q18.currency and pt19.count_of is not distinct from q18.count_of and pt19.firmness <> 'FIRM' and pt19.amount is not null and (pt19.claim_group is null or pt19.claim_preferred) and not exists (select 1 from commitment am20 where am20.amends_id = pt19.id)
            ) else (
              select coalesce(sum(pt21.amount), 0) from commitment pt21 where pt21.part_of_id = q18.id and pt21.unit = q18.unit and pt21.currency is not distinct from q18.currency and pt21.count_of is not distinct from q18.count_of and pt21.firmness = 'FIRM' and pt21.amount is not null and (pt21.claim_group is null or pt21.claim_preferred) and not exists (select 1 from commitment am22 where am22.amends_id = pt21.id)
            ) end) as firm, sum(case when q18.firmness = 'CONTINGENT' then q18.amount - (
              select coalesce(sum(pt23.amount), 0) from commitment pt23 where pt23.part_of_id = q18.id and pt23.unit = q18.unit and pt23.currency is not distinct from q18.currency and pt23.count_of is not distinct from q18.count_of and pt23.firmness <> 'CONTINGENT' and pt23.amount is not null and (pt23.claim_group is null or pt23.claim_preferred) and not exists (select 1 from commitment am24 where am24.amends_id = pt23.id)
            ) else (
              select coalesce(sum(pt25.amount), 0) from commitment pt25 where pt25.part_of_id = q18.id and pt25.unit = q18.unit and pt25.currency is not distinct from q18.currency and pt25.count_of is not distinct from q18.count_of and pt25.firmness = 'CONTINGENT' and pt25.amount is not null and (pt25.claim_group is null or pt25.claim_preferred) and not exists (select 1 from commitment am26 where am26.amends_id = pt25.id)
            ) end) as contingent, sum(case when q18.firmness = 'UNKNOWN' then q18.amount - (
              select coalesce(sum(pt27.amount), 0) from commitment pt27 where pt27.part_of_id = q18.id and pt27.unit = q18.unit and pt27.currency is not distinct from q18.currency and pt27.count_of is not distinct from q18.count_of and pt27.firmness <> 'UNKNOWN' and pt27.amount is not null and (pt27.claim_group is null or pt27.claim_preferred) and not exists (select 1 from commitment am28 where am28.amends_id = pt27.id)
            ) else (
              select coalesce(sum(pt29.amount), 0) from commitment pt29 where pt29.part_of_id = q18.id and pt29.unit = q18.unit and pt29.currency is not distinct from q18.currency and pt29.count_of is not distinct from q18.count_of and pt29.firmness = 'UNKNOWN' and pt29.amount is not null and (pt29.claim_group is null or pt29.claim_preferred) and not exists (select 1 from commitment am30 where am30.amends_id = pt29.id)
            ) end) as unknown, count(*) as n, array_agg(distinct q18.qualifier order by q18.qualifier) as qualifiers, array_agg(q18.id order by q18.id) as ids from commitment q18 where q18.amount is not null and (q18.claim_group is null or q18.claim_preferred) and q18.part_of_id is null and not exists (select 1 from commitment am31 where am31.amends_id = q18.id) group by 1, 2, 3, q18.unit, q18.currency, q18.count_of
          ) g4 where true order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from commitment q2 where true group by ()
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
