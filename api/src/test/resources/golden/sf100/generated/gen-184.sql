-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusive_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusive_term t10 where t10.valid_to_precision is not null union all select (7::bigint << 40) + d11.id, 'DEAL_STARTED', d11.id, d11.title, d11.effective_earliest, d11.effective_latest, d11.effective_precision, d11.effective_text, array(select dp12.organization_id from deal_party dp12 where dp12.deal_id = d11.id) from deal d11 where d11.effective_precision is not null union all select (8::bigint << 40) + d13.id, 'DEAL_ENDED', d13.id, d13.title, d13.ended_earliest, d13.ended_latest, d13.ended_precision, d13.ended_text, array(select dp14.organization_id from deal_party dp14 where dp14.deal_id = d13.id) from deal d13 where d13.ended_precision is not null union all select (9::bigint << 40) + c15.id, 'COMMITMENT_PERIOD_ENDED', c15.id, c15.description, c15.period_end_earliest, c15.period_end_latest, c15.period_end_precision, c15.period_end_text, array_remove(array[c15.committer_id, c15.recipient_id], null) from commitment c15 where c15.period_end_precision is not null union all select (10::bigint << 40) + k16.id, 'CONDITION_DEADLINE', k16.id, k16.words, k16.deadline_earliest, k16.deadline_latest, k16.deadline_precision, k16.deadline_text, array_remove(array[c17.committer_id, c17.recipient_id], null) from commitment_condition k16 join commitment c17 on c17.id = k16.commitment_id where k16.deadline_precision is not null union all select (11::bigint << 40) + t18.id, 'AGREEMENT_TERM_STARTED', t18.id, t18.scope, t18.valid_from_earliest, t18.valid_from_latest, t18.valid_from_precision, t18.valid_from_text, coalesce(nullif(array_remove(array[t18.grantor_id, t18.holder_id, t18.payer_id, t18.payee_id], null), '{}'), array(select dp19.organization_id from deal_party dp19 where dp19.deal_id = t18.deal_id)) from exclusivity_term t18 where t18.valid_from_precision is not null and not (t18.kind = 'EXCLUSIVITY' or (t18.kind = 'LICENCE' and coalesce(t18.exclusive, false))) union all select (12::bigint << 40) + t20.id, 'AGREEMENT_TERM_ENDED', t20.id, t20.scope, t20.valid_to_earliest, t20.valid_to_latest, t20.valid_to_precision, t20.valid_to_text, coalesce(nullif(array_remove(array[t20.grantor_id, t20.holder_id, t20.payer_id, t20.payee_id], null), '{}'), array(select dp21.organization_id from deal_party dp21 where dp21.deal_id = t20.deal_id)) from exclusivity_term t20 where t20.valid_to_precision is not null and not (t20.kind = 'EXCLUSIVITY' or (t20.kind = 'LICENCE' and coalesce(t20.exclusive, false)))
        ) q22 where true
      ) as "totalCount", ('[' || coalesce(a23.l0, '') || ']')::json as "edges", ('[' || coalesce(a23.l1, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n24.cursor order by n24.ord) filter (where n24.ord <= ?)) as cursors, string_agg(n24.l0::text, ',' order by n24.ord) filter (where n24.ord <= ?) as l0, string_agg(n24.l1::text, ',' order by n24.ord) filter (where n24.ord <= ?) as l1 from (
          select row_number() over (order by t25.sort_0, t25.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t25.sort_0::text)]::text[], t25.id) as cursor, (
            select row_to_json(r26.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t25.sort_0::text)]::text[], t25.id) as "cursor"
            ) r26
          ) as l0, (
            select row_to_json(r27.*) from (
              select coalesce(to_json(t25.title), '{"$error":0}'::json) as "title", coalesce(to_json(t25.kind), '{"$error":1}'::json) as "kind", coalesce(to_json((case when t25.date_precision is null then null else (
                select row_to_json(r28.*) from (
                  select t25.date_latest as "latest", coalesce(to_json(t25.date_text), '{"$error":2}'::json) as "a1", t25.date_earliest as "earliest"
                ) r28
              ) end)), '{"$error":3}'::json) as "date", coalesce(to_json((case t25.kind when 'AGREEMENT_TERM_ENDED' then (
                select (
                  select row_to_json(r29.*) from (
                    select 'AgreementTerm'::text as "__typename"
                  ) r29
                ) from exclusivity_term c30 where c30.id = t25.fact_id limit 1
              ) when 'AGREEMENT_TERM_STARTED' then (
                select (
                  select row_to_json(r31.*) from (
                    select 'AgreementTerm'::text as "__typename"
                  ) r31
                ) from exclusivity_term c32 where c32.id = t25.fact_id limit 1
              ) when 'COMMITMENT' then (
                select (
                  select row_to_json(r33.*) from (
                    select 'Commitment'::text as "__typename", c34.resource as "resource"
                  ) r33
                ) from commitment c34 where c34.id = t25.fact_id limit 1
              ) when 'COMMITMENT_PERIOD_ENDED' then (
                select (
                  select row_to_json(r35.*) from (
                    select 'Commitment'::text as "__typename", c36.resource as "resource"
                  ) r35
                ) from commitment c36 where c36.id = t25.fact_id limit 1
              ) when 'CONDITION_DEADLINE' then (
                select (
                  select row_to_json(r37.*) from (
                    select 'Condition'::text as "__typename"
                  ) r37
                ) from commitment_condition c38 where c38.id = t25.fact_id limit 1
              ) when 'DEAL_ANNOUNCED' then (
                select (
                  select row_to_json(r39.*) from (
                    select 'Deal'::text as "__typename"
                  ) r39
                ) from deal c40 where c40.id = t25.fact_id limit 1
              ) when 'DEAL_ENDED' then (
                select (
                  select row_to_json(r41.*) from (
                    select 'Deal'::text as "__typename"
                  ) r41
                ) from deal c42 where c42.id = t25.fact_id limit 1
              ) when 'DEAL_STARTED' then (
                select (
                  select row_to_json(r43.*) from (
                    select 'Deal'::text as "__typename"
                  ) r43
                ) from deal c44 where c44.id = t25.fact_id limit 1
              ) when 'EVENT' then (
                select (
                  select row_to_json(r45.*) from (
                    select 'Event'::text as "__typename"
                  ) r45
                ) from event c46 where c46.id = t25.fact_id limit 1
              ) when 'STATEMENT' then (
                select (
                  select row_to_json(r47.*) from (
                    select 'Statement'::text as "__typename", c48.channel as "channel", coalesce(to_json(array(select o49.outlet from (
                      select distinct trim(o50.outlet) collate "C" as outlet from (
                        select cc51.source_id, cc51.credited_outlet, bool_or(cc51.credited_outlet is not null) over (partition by cc51.source_id) as credits from citation cc51 where cc51.statement_id = c48.id
                      ) c52 join source s53 on s53.id = c52.source_id cross join lateral unnest(case when c52.credited_outlet is not null then string_to_array(c52.credited_outlet, ',') when c52.credits then array[]::text[] else array[coalesce(s53.publisher, s53.author, '“' || s53.title || '”')] end) as o50(outlet)
                    ) o49 order by 1 limit 100)), '{"$error":4}'::json) as "outlets", c48.quote as "quote", (
                      select (
                        select row_to_json(r54.*) from (
                          select coalesce(to_json(array(select o55.outlet from (
                            select distinct trim(o56.outlet) collate "C" as outlet from (
                              select cc57.source_id, cc57.credited_outlet, bool_or(cc57.credited_outlet is not null) over (partition by cc57.source_id) as credits from citation cc57 where cc57.deal_id = c58.id
                            ) c59 join source s60 on s60.id = c59.source_id cross join lateral unnest(case when c59.credited_outlet is not null then string_to_array(c59.credited_outlet, ',') when c59.credits then array[]::text[] else array[coalesce(s60.publisher, s60.author, '“' || s60.title || '”')] end) as o56(outlet)
                          ) o55 order by 1 limit 100)), '{"$error":5}'::json) as "outlets", coalesce(to_json(dg_global_id('Deal', c58.slug)), '{"$error":6}'::json) as "id", c58.summary as "summary", (
                            select row_to_json(z61.*) from (
                              select (
                                select row_to_json(r62.*) from (
                                  select a63.cursors[1] as "startCursor", false as "hasPreviousPage"
                                ) r62
                              ) as "pageInfo" from (
                                select count(*) as fetched, (array_agg(n64.cursor order by n64.ord) filter (where n64.ord <= ?)) as cursors from (
                                  select row_number() over (order by t65.sort_0 desc, t65.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t65.sort_0::text)]::text[], t65.id) as cursor from (
                                    select q66.*, coalesce(q66.date_latest, q66.date_earliest, '-infinity'::date) as sort_0 from statement q66 where q66.deal_id = c58.id order by coalesce(q66.date_latest, q66.date_earliest, '-infinity'::date) desc, q66.id desc limit ?
                                  ) t65
                                ) n64
                              ) a63
                            ) z61
                          ) as "statements"
                        ) r54
                      ) from deal c58 where c58.id = c48.deal_id limit 1
                    ) as "deal"
                  ) r47
                ) from statement c48 where c48.id = t25.fact_id limit 1
              ) when 'TERM_ENDED' then (
                select (
                  select row_to_json(r67.*) from (
                    select 'ExclusivityTerm'::text as "__typename", coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x68.start_earliest, x68.start_latest, x68.start_precision, x68.end_earliest, x68.end_latest, x68.end_precision) from exclusivity_term_timing x68 where x68.term_id = c69.id
                    ), 'UNKNOWN')), '{"$error":7}'::json) as "inForce"
                  ) r67
                ) from exclusive_term c69 where c69.id = t25.fact_id limit 1
              ) when 'TERM_STARTED' then (
                select (
                  select row_to_json(r70.*) from (
                    select 'ExclusivityTerm'::text as "__typename", coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x71.start_earliest, x71.start_latest, x71.start_precision, x71.end_earliest, x71.end_latest, x71.end_precision) from exclusivity_term_timing x71 where x71.term_id = c72.id
                    ), 'UNKNOWN')), '{"$error":8}'::json) as "inForce"
                  ) r70
                ) from exclusive_term c72 where c72.id = t25.fact_id limit 1
              ) end)), '{"$error":9}'::json) as "fact"
            ) r27
          ) as l1 from (
            select q22.*, coalesce(q22.date_earliest, q22.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusive_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusive_term t10 where t10.valid_to_precision is not null union all select (7::bigint << 40) + d11.id, 'DEAL_STARTED', d11.id, d11.title, d11.effective_earliest, d11.effective_latest, d11.effective_precision, d11.effective_text, array(select dp12.organization_id from deal_party dp12 where dp12.deal_id = d11.id) from deal d11 where d11.effective_precision is not null union all select (8::bigint << 40) + d13.id, 'DEAL_ENDED', d13.id, d13.title, d13.ended_earliest, d13.ended_latest, d13.ended_precision, d13.ended_text, array(select dp14.organization_id from deal_party dp14 where dp14.deal_id = d13.id) from deal d13 where d13.ended_precision is not null union all select (9::bigint << 40) + c15.id, 'COMMITMENT_PERIOD_ENDED', c15.id, c15.description, c15.period_end_earliest, c15.period_end_latest, c15.period_end_precision, c15.period_end_text, array_remove(array[c15.committer_id, c15.recipient_id], null) from commitment c15 where c15.period_end_precision is not null union all select (10::bigint << 40) + k16.id, 'CONDITION_DEADLINE', k16.id, k16.words, k16.deadline_earliest, k16.deadline_latest, k16.deadline_precision, k16.deadline_text, array_remove(array[c17.committer_id, c17.recipient_id], null) from commitment_condition k16 join commitment c17 on c17.id = k16.commitment_id where k16.deadline_precision is not null union all select (11::bigint << 40) + t18.id, 'AGREEMENT_TERM_STARTED', t18.id, t18.scope, t18.valid_from_earliest, t18.valid_from_latest, t18.valid_from_precision, t18.valid_from_text, coalesce(nullif(array_remove(array[t18.grantor_id, t18.holder_id, t18.payer_id, t18.payee_id], null), '{}'), array(select dp19.organization_id from deal_party dp19 where dp19.deal_id = t18.deal_id)) from exclusivity_term t18 where t18.valid_from_precision is not null and not (t18.kind = 'EXCLUSIVITY' or (t18.kind = 'LICENCE' and coalesce(t18.exclusive, false))) union all select (12::bigint << 40) + t20.id, 'AGREEMENT_TERM_ENDED', t20.id, t20.scope, t20.valid_to_earliest, t20.valid_to_latest, t20.valid_to_precision, t20.valid_to_text, coalesce(nullif(array_remove(array[t20.grantor_id, t20.holder_id, t20.payer_id, t20.payee_id], null), '{}'), array(select dp21.organization_id from deal_party dp21 where dp21.deal_id = t20.deal_id)) from exclusivity_term t20 where t20.valid_to_precision is not null and not (t20.kind = 'EXCLUSIVITY' or (t20.kind = 'LICENCE' and coalesce(t20.exclusive, false)))
            ) q22 where true order by coalesce(q22.date_earliest, q22.date_latest, 'infinity'::date), q22.id limit ?
          ) t25
        ) n24
      ) a23
    ) z1
  )
)::text
-- values: [6,6,6,"DATE:ASC","DATE:ASC",3,"DATE:DESC",4,"2026-01-28","2026-01-28",7]
-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.description as "description", coalesce(to_json(dg_global_id('Event', t2.slug)), '{"$error":0}'::json) as "id"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["event-9304-1"]
