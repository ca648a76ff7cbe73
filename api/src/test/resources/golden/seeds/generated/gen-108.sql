-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":0}'::json) as "competingClaimsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(g4.unit), '{"$error":1}'::json) as "unit"
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
            ) end) as unknown, count(*) as n, array_agg(distinct q5.qualifier order by q5.qualifier) as qualifiers, array_agg(q5.id order by q5.id) as ids from commitment q5 join commitment_timing x18 on x18.commitment_id = q5.id where (in_force(cast(? as date), x18.start_earliest, x18.start_latest, x18.start_precision, x18.end_earliest, x18.end_latest, x18.end_precision) <> 'FALSE') and (q5.amount is not null and (q5.claim_group is null or q5.claim_preferred) and q5.part_of_id is null and not exists (select 1 from commitment am19 join commitment_timing amt20 on amt20.commitment_id = am19.id where am19.amends_id = q5.id and in_force_start(cast(? as date), amt20.start_earliest, amt20.start_latest, amt20.start_precision) <> 'FALSE')) group by 1, 2, 3, q5.unit, q5.currency, q5.count_of
          ) g4 where true order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from commitment q2 join commitment_timing x21 on x21.commitment_id = q2.id where in_force(cast(? as date), x21.start_earliest, x21.start_latest, x21.start_precision, x21.end_earliest, x21.end_latest, x21.end_precision) <> 'FALSE' group by ()
    ) r1
  )
)::text
-- values: ["2025-11-05","2025-11-05",100,"2025-11-05"]
-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(t4.title), '{"$error":0}'::json) as "title", coalesce(to_json((case when t4.date_precision is null then null else (
                select row_to_json(r6.*) from (
                  select coalesce(to_json(t4.date_text), '{"$error":1}'::json) as "text", coalesce(to_json(dg_fuzzy_display(t4.date_earliest, t4.date_latest, t4.date_precision)), '{"$error":2}'::json) as "display"
                ) r6
              ) end)), '{"$error":3}'::json) as "date", (
                select row_to_json(z7.*) from (
                  select (
                    select count(*) from citation q8 where case t4.kind when 'EVENT' then q8.event_id = t4.fact_id when 'DEAL_ANNOUNCED' then q8.deal_id = t4.fact_id when 'COMMITMENT' then q8.commitment_id = t4.fact_id when 'STATEMENT' then q8.statement_id = t4.fact_id when 'TERM_STARTED' then q8.exclusivity_term_id = t4.fact_id when 'TERM_ENDED' then q8.exclusivity_term_id = t4.fact_id when 'DEAL_STARTED' then q8.deal_id = t4.fact_id when 'DEAL_ENDED' then q8.deal_id = t4.fact_id when 'COMMITMENT_PERIOD_ENDED' then q8.commitment_id = t4.fact_id when 'CONDITION_DEADLINE' then q8.condition_id = t4.fact_id when 'AGREEMENT_TERM_STARTED' then q8.exclusivity_term_id = t4.fact_id when 'AGREEMENT_TERM_ENDED' then q8.exclusivity_term_id = t4.fact_id end
                  ) as "totalCount", ('[' || coalesce(a9.l0, '') || ']')::json as "edges" from (
                    select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors, string_agg(n10.l0::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l0 from (
                      select row_number() over (order by t11.sort_0, t11.sort_1, t11.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text), dg_cursor_value(t11.sort_1::text)]::text[], t11.id) as cursor, (
                        select row_to_json(r12.*) from (
                          select dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text), dg_cursor_value(t11.sort_1::text)]::text[], t11.id) as "a0"
                        ) r12
                      ) as l0 from (
                        select q8.*, q8.source_id as sort_0, q8.start_offset as sort_1 from citation q8 where (case t4.kind when 'EVENT' then q8.event_id = t4.fact_id when 'DEAL_ANNOUNCED' then q8.deal_id = t4.fact_id when 'COMMITMENT' then q8.commitment_id = t4.fact_id when 'STATEMENT' then q8.statement_id = t4.fact_id when 'TERM_STARTED' then q8.exclusivity_term_id = t4.fact_id when 'TERM_ENDED' then q8.exclusivity_term_id = t4.fact_id when 'DEAL_STARTED' then q8.deal_id = t4.fact_id when 'DEAL_ENDED' then q8.deal_id = t4.fact_id when 'COMMITMENT_PERIOD_ENDED' then q8.commitment_id = t4.fact_id when 'CONDITION_DEADLINE' then q8.condition_id = t4.fact_id when 'AGREEMENT_TERM_STARTED' then q8.exclusivity_term_id = t4.fact_id when 'AGREEMENT_TERM_ENDED' then q8.exclusivity_term_id = t4.fact_id end) and ((q8.source_id, q8.start_offset, q8.id) > (cast(? as bigint), cast(? as integer), ?)) order by q8.source_id, q8.start_offset, q8.id limit ?
                      ) t11
                    ) n10
                  ) a9
                ) z7
              ) as "citations"
            ) r5
          ) as l0 from (
            select q13.*, coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e14.id as id, 'EVENT' as kind, e14.id as fact_id, e14.title, e14.date_earliest, e14.date_latest, e14.date_precision, e14.date_text, array(select eo15.organization_id from event_organization eo15 where eo15.event_id = e14.id) as organization_ids from event e14 union all select (2::bigint << 40) + d16.id, 'DEAL_ANNOUNCED', d16.id, d16.title, d16.announced_earliest, d16.announced_latest, d16.announced_precision, d16.announced_text, array(select dp17.organization_id from deal_party dp17 where dp17.deal_id = d16.id) from deal d16 where d16.announced_precision is not null union all select (3::bigint << 40) + c18.id, 'COMMITMENT', c18.id, c18.description, c18.date_earliest, c18.date_latest, c18.date_precision, c18.date_text, array_remove(array[c18.committer_id, c18.recipient_id], null) from commitment c18 where c18.date_precision is not null union all select (4::bigint << 40) + s19.id, 'STATEMENT', s19.id, s19.quote, s19.date_earliest, s19.date_latest, s19.date_precision, s19.date_text, array(select coalesce(ss20.organization_id, p21.organization_id) from statement_speaker ss20 left join person p21 on p21.id = ss20.person_id where ss20.statement_id = s19.id) from statement s19 where s19.date_precision is not null union all select (5::bigint << 40) + t22.id, 'TERM_STARTED', t22.id, t22.scope, t22.valid_from_earliest, t22.valid_from_latest, t22.valid_from_precision, t22.valid_from_text, array[t22.grantor_id, t22.holder_id] from exclusive_term t22 where t22.valid_from_precision is not null union all select (6::bigint << 40) + t22.id, 'TERM_ENDED', t22.id, t22.scope, t22.valid_to_earliest, t22.valid_to_latest, t22.valid_to_precision, t22.valid_to_text, array[t22.grantor_id, t22.holder_id] from exclusive_term t22 where t22.valid_to_precision is not null union all select (7::bigint << 40) + d23.id, 'DEAL_STARTED', d23.id, d23.title, d23.effective_earliest, d23.effective_latest, d23.effective_precision, d23.effective_text, array(select dp24.organization_id from deal_party dp24 where dp24.deal_id = d23.id) from deal d23 where d23.effective_precision is not null union all select (8::bigint << 40) + d25.id, 'DEAL_ENDED', d25.id, d25.title, d25.ended_earliest, d25.ended_latest, d25.ended_precision, d25.ended_text, array(select dp26.organization_id from deal_party dp26 where dp26.deal_id = d25.id) from deal d25 where d25.ended_precision is not null union all select (9::bigint << 40) + c27.id, 'COMMITMENT_PERIOD_ENDED', c27.id, c27.description, c27.period_end_earliest, c27.period_end_latest, c27.period_end_precision, c27.period_end_text, array_remove(array[c27.committer_id, c27.recipient_id], null) from commitment c27 where c27.period_end_precision is not null union all select (10::bigint << 40) + k28.id, 'CONDITION_DEADLINE', k28.id, k28.words, k28.deadline_earliest, k28.deadline_latest, k28.deadline_precision, k28.deadline_text, array_remove(array[c29.committer_id, c29.recipient_id], null) from commitment_condition k28 join commitment c29 on c29.id = k28.commitment_id where k28.deadline_precision is not null union all select (11::bigint << 40) + t30.id, 'AGREEMENT_TERM_STARTED', t30.id, t30.scope, t30.valid_from_earliest, t30.valid_from_latest, t30.valid_from_precision, t30.valid_from_text, coalesce(nullif(array_remove(array[t30.grantor_id, t30.holder_id, t30.payer_id, t30.payee_id], null), '{}'), array(select dp31.organization_id from deal_party dp31 where dp31.deal_id = t30.deal_id)) from exclusivity_term t30 where t30.valid_from_precision is not null and not (t30.kind = 'EXCLUSIVITY' or (t30.kind = 'LICENCE' and coalesce(t30.exclusive, false))) union all select (12::bigint << 40) + t32.id, 'AGREEMENT_TERM_ENDED', t32.id, t32.scope, t32.valid_to_earliest, t32.valid_to_latest, t32.valid_to_precision, t32.valid_to_text, coalesce(nullif(array_remove(array[t32.grantor_id, t32.holder_id, t32.payer_id, t32.payee_id], null), '{}'), array(select dp33.organization_id from deal_party dp33 where dp33.deal_id = t32.deal_id)) from exclusivity_term t32 where t32.valid_to_precision is not null and not (t32.kind = 'EXCLUSIVITY' or (t32.kind = 'LICENCE' and coalesce(t32.exclusive, false)))
            ) q13 where q13.date_precision is not null and coalesce(q13.date_latest, 'infinity'::date) >= cast(? as date) order by coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date), q13.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"DATE:ASC",3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC","5","2051",88,4,"2025-10-31",21]
