-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusive_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusive_term t10 where t10.valid_to_precision is not null union all select (7::bigint << 40) + d11.id, 'DEAL_STARTED', d11.id, d11.title, d11.effective_earliest, d11.effective_latest, d11.effective_precision, d11.effective_text, array(select dp12.organization_id from deal_party dp12 where dp12.deal_id = d11.id) from deal d11 where d11.effective_precision is not null union all select (8::bigint << 40) + d13.id, 'DEAL_ENDED', d13.id, d13.title, d13.ended_earliest, d13.ended_latest, d13.ended_precision, d13.ended_text, array(select dp14.organization_id from deal_party dp14 where dp14.deal_id = d13.id) from deal d13 where d13.ended_precision is not null union all select (9::bigint << 40) + c15.id, 'COMMITMENT_PERIOD_ENDED', c15.id, c15.description, c15.period_end_earliest, c15.period_end_latest, c15.period_end_precision, c15.period_end_text, array_remove(array[c15.committer_id, c15.recipient_id], null) from commitment c15 where c15.period_end_precision is not null union all select (10::bigint << 40) + k16.id, 'CONDITION_DEADLINE', k16.id, k16.words, k16.deadline_earliest, k16.deadline_latest, k16.deadline_precision, k16.deadline_text, array_remove(array[c17.committer_id, c17.recipient_id], null) from commitment_condition k16 join commitment c17 on c17.id = k16.commitment_id where k16.deadline_precision is not null union all select (11::bigint << 40) + t18.id, 'AGREEMENT_TERM_STARTED', t18.id, t18.scope, t18.valid_from_earliest, t18.valid_from_latest, t18.valid_from_precision, t18.valid_from_text, coalesce(nullif(array_remove(array[t18.grantor_id, t18.holder_id, t18.payer_id, t18.payee_id], null), '{}'), array(select dp19.organization_id from deal_party dp19 where dp19.deal_id = t18.deal_id)) from exclusivity_term t18 where t18.valid_from_precision is not null and not (t18.kind = 'EXCLUSIVITY' or (t18.kind = 'LICENCE' and coalesce(t18.exclusive, false))) union all select (12::bigint << 40) + t20.id, 'AGREEMENT_TERM_ENDED', t20.id, t20.scope, t20.valid_to_earliest, t20.valid_to_latest, t20.valid_to_precision, t20.valid_to_text, coalesce(nullif(array_remove(array[t20.grantor_id, t20.holder_id, t20.payer_id, t20.payee_id], null), '{}'), array(select dp21.organization_id from deal_party dp21 where dp21.deal_id = t20.deal_id)) from exclusivity_term t20 where t20.valid_to_precision is not null and not (t20.kind = 'EXCLUSIVITY' or (t20.kind = 'LICENCE' and coalesce(t20.exclusive, false)))
        ) q22 where (q22.date_precision is not null and coalesce(q22.date_latest, 'infinity'::date) >= cast(? as date)) and (q22.date_precision is not null and coalesce(q22.date_earliest, '-infinity'::date) <= cast(? as date))
      ) as "totalCount", ('[' || coalesce(a23.l0, '') || ']')::json as "edges", (
        select row_to_json(r24.*) from (
          select false as "hasPreviousPage"
        ) r24
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n25.cursor order by n25.ord) filter (where n25.ord <= ?)) as cursors, string_agg(n25.l0::text, ',' order by n25.ord) filter (where n25.ord <= ?) as l0 from (
          select row_number() over (order by t26.sort_0, t26.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t26.sort_0::text)]::text[], t26.id) as cursor, (
            select row_to_json(r27.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t26.sort_0::text)]::text[], t26.id) as "cursor", (
                select row_to_json(r28.*) from (
                  select coalesce(to_json(t26.kind), '{"$error":0}'::json) as "kind", coalesce(to_json(t26.title), '{"$error":1}'::json) as "title", (
                    select row_to_json(z29.*) from (
                      select ('[' || coalesce(a30.l0, '') || ']')::json as "edges" from (
                        select count(*) as fetched, (array_agg(n31.cursor order by n31.ord) filter (where n31.ord <= ?)) as cursors, string_agg(n31.l0::text, ',' order by n31.ord) filter (where n31.ord <= ?) as l0 from (
                          select row_number() over (order by t32.sort_0, t32.sort_1, t32.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t32.sort_0::text), dg_cursor_value(t32.sort_1::text)]::text[], t32.id) as cursor, (
                            select row_to_json(r33.*) from (
                              select dg_cursor(cast(? as text), array[dg_cursor_value(t32.sort_0::text), dg_cursor_value(t32.sort_1::text)]::text[], t32.id) as "cursor", (
                                select row_to_json(r34.*) from (
                                  select t32.start_offset as "startOffset"
                                ) r34
                              ) as "node"
                            ) r33
                          ) as l0 from (
                            select q35.*, q35.source_id as sort_0, q35.start_offset as sort_1 from citation q35 where (case t26.kind when 'EVENT' then q35.event_id = t26.fact_id when 'DEAL_ANNOUNCED' then q35.deal_id = t26.fact_id when 'COMMITMENT' then q35.commitment_id = t26.fact_id when 'STATEMENT' then q35.statement_id = t26.fact_id when 'TERM_STARTED' then q35.exclusivity_term_id = t26.fact_id when 'TERM_ENDED' then q35.exclusivity_term_id = t26.fact_id when 'DEAL_STARTED' then q35.deal_id = t26.fact_id when 'DEAL_ENDED' then q35.deal_id = t26.fact_id when 'COMMITMENT_PERIOD_ENDED' then q35.commitment_id = t26.fact_id when 'CONDITION_DEADLINE' then q35.condition_id = t26.fact_id when 'AGREEMENT_TERM_STARTED' then q35.exclusivity_term_id = t26.fact_id when 'AGREEMENT_TERM_ENDED' then q35.exclusivity_term_id = t26.fact_id end) and ((q35.source_id, q35.start_offset, q35.id) > (cast(? as bigint), cast(? as integer), ?)) order by q35.source_id, q35.start_offset, q35.id limit ?
                          ) t32
                        ) n31
                      ) a30
                    ) z29
                  ) as "citations"
                ) r28
              ) as "node"
            ) r27
          ) as l0 from (
            select q22.*, coalesce(q22.date_earliest, q22.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusive_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusive_term t10 where t10.valid_to_precision is not null union all select (7::bigint << 40) + d11.id, 'DEAL_STARTED', d11.id, d11.title, d11.effective_earliest, d11.effective_latest, d11.effective_precision, d11.effective_text, array(select dp12.organization_id from deal_party dp12 where dp12.deal_id = d11.id) from deal d11 where d11.effective_precision is not null union all select (8::bigint << 40) + d13.id, 'DEAL_ENDED', d13.id, d13.title, d13.ended_earliest, d13.ended_latest, d13.ended_precision, d13.ended_text, array(select dp14.organization_id from deal_party dp14 where dp14.deal_id = d13.id) from deal d13 where d13.ended_precision is not null union all select (9::bigint << 40) + c15.id, 'COMMITMENT_PERIOD_ENDED', c15.id, c15.description, c15.period_end_earliest, c15.period_end_latest, c15.period_end_precision, c15.period_end_text, array_remove(array[c15.committer_id, c15.recipient_id], null) from commitment c15 where c15.period_end_precision is not null union all select (10::bigint << 40) + k16.id, 'CONDITION_DEADLINE', k16.id, k16.words, k16.deadline_earliest, k16.deadline_latest, k16.deadline_precision, k16.deadline_text, array_remove(array[c17.committer_id, c17.recipient_id], null) from commitment_condition k16 join commitment c17 on c17.id = k16.commitment_id where k16.deadline_precision is not null union all select (11::bigint << 40) + t18.id, 'AGREEMENT_TERM_STARTED', t18.id, t18.scope, t18.valid_from_earliest, t18.valid_from_latest, t18.valid_from_precision, t18.valid_from_text, coalesce(nullif(array_remove(array[t18.grantor_id, t18.holder_id, t18.payer_id, t18.payee_id], null), '{}'), array(select dp19.organization_id from deal_party dp19 where dp19.deal_id = t18.deal_id)) from exclusivity_term t18 where t18.valid_from_precision is not null and not (t18.kind = 'EXCLUSIVITY' or (t18.kind = 'LICENCE' and coalesce(t18.exclusive, false))) union all select (12::bigint << 40) + t20.id, 'AGREEMENT_TERM_ENDED', t20.id, t20.scope, t20.valid_to_earliest, t20.valid_to_latest, t20.valid_to_precision, t20.valid_to_text, coalesce(nullif(array_remove(array[t20.grantor_id, t20.holder_id, t20.payer_id, t20.payee_id], null), '{}'), array(select dp21.organization_id from deal_party dp21 where dp21.deal_id = t20.deal_id)) from exclusivity_term t20 where t20.valid_to_precision is not null and not (t20.kind = 'EXCLUSIVITY' or (t20.kind = 'LICENCE' and coalesce(t20.exclusive, false)))
            ) q22 where (q22.date_precision is not null and coalesce(q22.date_latest, 'infinity'::date) >= cast(? as date)) and (q22.date_precision is not null and coalesce(q22.date_earliest, '-infinity'::date) <= cast(? as date)) order by coalesce(q22.date_earliest, q22.date_latest, 'infinity'::date), q22.id limit ?
          ) t26
        ) n25
      ) a23
    ) z1
  )
)::text
-- values: ["2015-06-30","2025-10-30",20,20,"DATE:ASC","DATE:ASC",2,2,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC","4","3855",15,3,"2015-06-30","2025-10-30",21]
-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.amount_text as "amountText", t2.resource as "resource", coalesce(to_json(coalesce((
          select in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) from commitment_timing x3 where x3.commitment_id = t2.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", coalesce(to_json((
          select (
            select row_to_json(r4.*) from (
              select c5.description as "description", c5.name as "name", c5.slug as "slug", (
                select (
                  select row_to_json(r6.*) from (
                    select coalesce(to_json(array(select a7.value from organization_alias a7 where a7.organization_id = c8.id and a7.kind = 'ALIAS' order by a7.value limit 100)), '{"$error":1}'::json) as "aliases", c8.kind as "kind", c8.slug as "slug"
                  ) r6
                ) from organization c8 where c8.id = c5.parent_id limit 1
              ) as "parent"
            ) r4
          ) from organization c5 where c5.id = t2.committer_id limit 1
        )), '{"$error":2}'::json) as "committer"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2026-04-28","stargate-invests-500b-over-four-years"]
