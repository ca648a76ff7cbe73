-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusive_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusive_term t10 where t10.valid_to_precision is not null union all select (7::bigint << 40) + d11.id, 'DEAL_STARTED', d11.id, d11.title, d11.effective_earliest, d11.effective_latest, d11.effective_precision, d11.effective_text, array(select dp12.organization_id from deal_party dp12 where dp12.deal_id = d11.id) from deal d11 where d11.effective_precision is not null union all select (8::bigint << 40) + d13.id, 'DEAL_ENDED', d13.id, d13.title, d13.ended_earliest, d13.ended_latest, d13.ended_precision, d13.ended_text, array(select dp14.organization_id from deal_party dp14 where dp14.deal_id = d13.id) from deal d13 where d13.ended_precision is not null union all select (9::bigint << 40) + c15.id, 'COMMITMENT_PERIOD_ENDED', c15.id, c15.description, c15.period_end_earliest, c15.period_end_latest, c15.period_end_precision, c15.period_end_text, array_remove(array[c15.committer_id, c15.recipient_id], null) from commitment c15 where c15.period_end_precision is not null union all select (10::bigint << 40) + k16.id, 'CONDITION_DEADLINE', k16.id, k16.words, k16.deadline_earliest, k16.deadline_latest, k16.deadline_precision, k16.deadline_text, array_remove(array[c17.committer_id, c17.recipient_id], null) from commitment_condition k16 join commitment c17 on c17.id = k16.commitment_id where k16.deadline_precision is not null union all select (11::bigint << 40) + t18.id, 'AGREEMENT_TERM_STARTED', t18.id, t18.scope, t18.valid_from_earliest, t18.valid_from_latest, t18.valid_from_precision, t18.valid_from_text, coalesce(nullif(array_remove(array[t18.grantor_id, t18.holder_id, t18.payer_id, t18.payee_id], null), '{}'), array(select dp19.organization_id from deal_party dp19 where dp19.deal_id = t18.deal_id)) from exclusivity_term t18 where t18.valid_from_precision is not null and not (t18.kind = 'EXCLUSIVITY' or (t18.kind = 'LICENCE' and coalesce(t18.exclusive, false))) union all select (12::bigint << 40) + t20.id, 'AGREEMENT_TERM_ENDED', t20.id, t20.scope, t20.valid_to_earliest, t20.valid_to_latest, t20.valid_to_precision, t20.valid_to_text, coalesce(nullif(array_remove(array[t20.grantor_id, t20.holder_id, t20.payer_id, t20.payee_id], null), '{}'), array(select dp21.organization_id from deal_party dp21 where dp21.deal_id = t20.deal_id)) from exclusivity_term t20 where t20.valid_to_precision is not null and not (t20.kind = 'EXCLUSIVITY' or (t20.kind = 'LICENCE' and coalesce(t20.exclusive, false)))
        ) q22 where true
      ) as "totalCount", (
        select row_to_json(r23.*) from (
          select a24.fetched > ? as "hasNextPage", exists (
            select 1 from (
              select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusive_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusive_term t10 where t10.valid_to_precision is not null union all select (7::bigint << 40) + d11.id, 'DEAL_STARTED', d11.id, d11.title, d11.effective_earliest, d11.effective_latest, d11.effective_precision, d11.effective_text, array(select dp12.organization_id from deal_party dp12 where dp12.deal_id = d11.id) from deal d11 where d11.effective_precision is not null union all select (8::bigint << 40) + d13.id, 'DEAL_ENDED', d13.id, d13.title, d13.ended_earliest, d13.ended_latest, d13.ended_precision, d13.ended_text, array(select dp14.organization_id from deal_party dp14 where dp14.deal_id = d13.id) from deal d13 where d13.ended_precision is not null union all select (9::bigint << 40) + c15.id, 'COMMITMENT_PERIOD_ENDED', c15.id, c15.description, c15.period_end_earliest, c15.period_end_latest, c15.period_end_precision, c15.period_end_text, array_remove(array[c15.committer_id, c15.recipient_id], null) from commitment c15 where c15.period_end_precision is not null union all select (10::bigint << 40) + k16.id, 'CONDITION_DEADLINE', k16.id, k16.words, k16.deadline_earliest, k16.deadline_latest, k16.deadline_precision, k16.deadline_text, array_remove(array[c17.committer_id, c17.recipient_id], null) from commitment_condition k16 join commitment c17 on c17.id = k16.commitment_id where k16.deadline_precision is not null union all select (11::bigint << 40) + t18.id, 'AGREEMENT_TERM_STARTED', t18.id, t18.scope, t18.valid_from_earliest, t18.valid_from_latest, t18.valid_from_precision, t18.valid_from_text, coalesce(nullif(array_remove(array[t18.grantor_id, t18.holder_id, t18.payer_id, t18.payee_id], null), '{}'), array(select dp19.organization_id from deal_party dp19 where dp19.deal_id = t18.deal_id)) from exclusivity_term t18 where t18.valid_from_precision is not null and not (t18.kind = 'EXCLUSIVITY' or (t18.kind = 'LICENCE' and coalesce(t18.exclusive, false))) union all select (12::bigint << 40) + t20.id, 'AGREEMENT_TERM_ENDED', t20.id, t20.scope, t20.valid_to_earliest, t20.valid_to_latest, t20.valid_to_precision, t20.valid_to_text, coalesce(nullif(array_remove(array[t20.grantor_id, t20.holder_id, t20.payer_id, t20.payee_id], null), '{}'), array(select dp21.organization_id from deal_party dp21 where dp21.deal_id = t20.deal_id)) from exclusivity_term t20 where t20.valid_to_precision is not null and not (t20.kind = 'EXCLUSIVITY' or (t20.kind = 'LICENCE' and coalesce(t20.exclusive, false)))
            ) q22 where (true) and (not (coalesce(q22.date_earliest, q22.date_latest, 'infinity'::date), q22.id) > (cast(? as date), ?))
          ) as "hasPreviousPage", a24.cursors[1] as "startCursor", a24.cursors[array_length(a24.cursors, 1)] as "endCursor"
        ) r23
      ) as "pageInfo", ('[' || coalesce(a24.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n25.cursor order by n25.ord) filter (where n25.ord <= ?)) as cursors, string_agg(n25.l0::text, ',' order by n25.ord) filter (where n25.ord <= ?) as l0 from (
          select row_number() over (order by t26.sort_0, t26.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t26.sort_0::text)]::text[], t26.id) as cursor, (
            select row_to_json(r27.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t26.sort_0::text)]::text[], t26.id) as "cursor", (
                select row_to_json(r28.*) from (
                  select coalesce(to_json(t26.kind), '{"$error":0}'::json) as "kind", coalesce(to_json(t26.title), '{"$error":1}'::json) as "title", coalesce(to_json((case when t26.date_precision is null then null else (
                    select row_to_json(r29.*) from (
                      select t26.date_earliest as "earliest", t26.date_latest as "latest", coalesce(to_json(t26.date_precision), '{"$error":2}'::json) as "precision", coalesce(to_json(dg_fuzzy_display(t26.date_earliest, t26.date_latest, t26.date_precision)), '{"$error":3}'::json) as "display"
                    ) r29
                  ) end)), '{"$error":4}'::json) as "date", coalesce(to_json((case t26.kind when 'AGREEMENT_TERM_ENDED' then (
                    select (
                      select row_to_json(r30.*) from (
                        select 'AgreementTerm'::text as "__typename"
                      ) r30
                    ) from exclusivity_term c31 where c31.id = t26.fact_id limit 1
                  ) when 'AGREEMENT_TERM_STARTED' then (
                    select (
                      select row_to_json(r32.*) from (
                        select 'AgreementTerm'::text as "__typename"
                      ) r32
                    ) from exclusivity_term c33 where c33.id = t26.fact_id limit 1
                  ) when 'COMMITMENT' then (
                    select (
                      select row_to_json(r34.*) from (
                        select 'Commitment'::text as "__typename", c35.slug as "slug"
                      ) r34
                    ) from commitment c35 where c35.id = t26.fact_id limit 1
                  ) when 'COMMITMENT_PERIOD_ENDED' then (
                    select (
                      select row_to_json(r36.*) from (
                        select 'Commitment'::text as "__typename", c37.slug as "slug"
                      ) r36
                    ) from commitment c37 where c37.id = t26.fact_id limit 1
                  ) when 'CONDITION_DEADLINE' then (
                    select (
                      select row_to_json(r38.*) from (
                        select 'Condition'::text as "__typename"
                      ) r38
                    ) from commitment_condition c39 where c39.id = t26.fact_id limit 1
                  ) when 'DEAL_ANNOUNCED' then (
                    select (
                      select row_to_json(r40.*) from (
                        select 'Deal'::text as "__typename", c41.slug as "slug"
                      ) r40
                    ) from deal c41 where c41.id = t26.fact_id limit 1
                  ) when 'DEAL_ENDED' then (
                    select (
                      select row_to_json(r42.*) from (
                        select 'Deal'::text as "__typename", c43.slug as "slug"
                      ) r42
                    ) from deal c43 where c43.id = t26.fact_id limit 1
                  ) when 'DEAL_STARTED' then (
                    select (
                      select row_to_json(r44.*) from (
                        select 'Deal'::text as "__typename", c45.slug as "slug"
                      ) r44
                    ) from deal c45 where c45.id = t26.fact_id limit 1
                  ) when 'EVENT' then (
                    select (
                      select row_to_json(r46.*) from (
                        select 'Event'::text as "__typename", c47.slug as "slug"
                      ) r46
                    ) from event c47 where c47.id = t26.fact_id limit 1
                  ) when 'STATEMENT' then (
                    select (
                      select row_to_json(r48.*) from (
                        select 'Statement'::text as "__typename", c49.slug as "slug"
                      ) r48
                    ) from statement c49 where c49.id = t26.fact_id limit 1
                  ) when 'TERM_ENDED' then (
                    select (
                      select row_to_json(r50.*) from (
                        select 'ExclusivityTerm'::text as "__typename", coalesce(to_json(c51.slug), '{"$error":5}'::json) as "slug"
                      ) r50
                    ) from exclusive_term c51 where c51.id = t26.fact_id limit 1
                  ) when 'TERM_STARTED' then (
                    select (
                      select row_to_json(r52.*) from (
                        select 'ExclusivityTerm'::text as "__typename", coalesce(to_json(c53.slug), '{"$error":6}'::json) as "slug"
                      ) r52
                    ) from exclusive_term c53 where c53.id = t26.fact_id limit 1
                  ) end)), '{"$error":7}'::json) as "fact", (
                    select row_to_json(z54.*) from (
                      select (
                        select count(*) from citation q55 where case t26.kind when 'EVENT' then q55.event_id = t26.fact_id when 'DEAL_ANNOUNCED' then q55.deal_id = t26.fact_id when 'COMMITMENT' then q55.commitment_id = t26.fact_id when 'STATEMENT' then q55.statement_id = t26.fact_id when 'TERM_STARTED' then q55.exclusivity_term_id = t26.fact_id when 'TERM_ENDED' then q55.exclusivity_term_id = t26.fact_id when 'DEAL_STARTED' then q55.deal_id = t26.fact_id when 'DEAL_ENDED' then q55.deal_id = t26.fact_id when 'COMMITMENT_PERIOD_ENDED' then q55.commitment_id = t26.fact_id when 'CONDITION_DEADLINE' then q55.condition_id = t26.fact_id when 'AGREEMENT_TERM_STARTED' then q55.exclusivity_term_id = t26.fact_id when 'AGREEMENT_TERM_ENDED' then q55.exclusivity_term_id = t26.fact_id end
                      ) as "totalCount", ('[' || coalesce(a56.l0, '') || ']')::json as "nodes" from (
                        select count(*) as fetched, (array_agg(n57.cursor order by n57.ord) filter (where n57.ord <= ?)) as cursors, string_agg(n57.l0::text, ',' order by n57.ord) filter (where n57.ord <= ?) as l0 from (
                          select row_number() over (order by t58.sort_0, t58.sort_1, t58.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t58.sort_0::text), dg_cursor_value(t58.sort_1::text)]::text[], t58.id) as cursor, (
                            select row_to_json(r59.*) from (
                              select t58.excerpt as "excerpt", t58.credited_outlet as "creditedOutlet", coalesce(to_json((
                                select (
                                  select row_to_json(r60.*) from (
                                    select c61.slug as "slug"
                                  ) r60
                                ) from source c61 where c61.id = t58.source_id limit 1
                              )), '{"$error":8}'::json) as "source"
                            ) r59
                          ) as l0 from (
                            select q55.*, q55.source_id as sort_0, q55.start_offset as sort_1 from citation q55 where case t26.kind when 'EVENT' then q55.event_id = t26.fact_id when 'DEAL_ANNOUNCED' then q55.deal_id = t26.fact_id when 'COMMITMENT' then q55.commitment_id = t26.fact_id when 'STATEMENT' then q55.statement_id = t26.fact_id when 'TERM_STARTED' then q55.exclusivity_term_id = t26.fact_id when 'TERM_ENDED' then q55.exclusivity_term_id = t26.fact_id when 'DEAL_STARTED' then q55.deal_id = t26.fact_id when 'DEAL_ENDED' then q55.deal_id = t26.fact_id when 'COMMITMENT_PERIOD_ENDED' then q55.commitment_id = t26.fact_id when 'CONDITION_DEADLINE' then q55.condition_id = t26.fact_id when 'AGREEMENT_TERM_STARTED' then q55.exclusivity_term_id = t26.fact_id when 'AGREEMENT_TERM_ENDED' then q55.exclusivity_term_id = t26.fact_id end order by q55.source_id, q55.start_offset, q55.id limit ?
                          ) t58
                        ) n57
                      ) a56
                    ) z54
                  ) as "citations"
                ) r28
              ) as "node"
            ) r27
          ) as l0 from (
            select q22.*, coalesce(q22.date_earliest, q22.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusive_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusive_term t10 where t10.valid_to_precision is not null union all select (7::bigint << 40) + d11.id, 'DEAL_STARTED', d11.id, d11.title, d11.effective_earliest, d11.effective_latest, d11.effective_precision, d11.effective_text, array(select dp12.organization_id from deal_party dp12 where dp12.deal_id = d11.id) from deal d11 where d11.effective_precision is not null union all select (8::bigint << 40) + d13.id, 'DEAL_ENDED', d13.id, d13.title, d13.ended_earliest, d13.ended_latest, d13.ended_precision, d13.ended_text, array(select dp14.organization_id from deal_party dp14 where dp14.deal_id = d13.id) from deal d13 where d13.ended_precision is not null union all select (9::bigint << 40) + c15.id, 'COMMITMENT_PERIOD_ENDED', c15.id, c15.description, c15.period_end_earliest, c15.period_end_latest, c15.period_end_precision, c15.period_end_text, array_remove(array[c15.committer_id, c15.recipient_id], null) from commitment c15 where c15.period_end_precision is not null union all select (10::bigint << 40) + k16.id, 'CONDITION_DEADLINE', k16.id, k16.words, k16.deadline_earliest, k16.deadline_latest, k16.deadline_precision, k16.deadline_text, array_remove(array[c17.committer_id, c17.recipient_id], null) from commitment_condition k16 join commitment c17 on c17.id = k16.commitment_id where k16.deadline_precision is not null union all select (11::bigint << 40) + t18.id, 'AGREEMENT_TERM_STARTED', t18.id, t18.scope, t18.valid_from_earliest, t18.valid_from_latest, t18.valid_from_precision, t18.valid_from_text, coalesce(nullif(array_remove(array[t18.grantor_id, t18.holder_id, t18.payer_id, t18.payee_id], null), '{}'), array(select dp19.organization_id from deal_party dp19 where dp19.deal_id = t18.deal_id)) from exclusivity_term t18 where t18.valid_from_precision is not null and not (t18.kind = 'EXCLUSIVITY' or (t18.kind = 'LICENCE' and coalesce(t18.exclusive, false))) union all select (12::bigint << 40) + t20.id, 'AGREEMENT_TERM_ENDED', t20.id, t20.scope, t20.valid_to_earliest, t20.valid_to_latest, t20.valid_to_precision, t20.valid_to_text, coalesce(nullif(array_remove(array[t20.grantor_id, t20.holder_id, t20.payer_id, t20.payee_id], null), '{}'), array(select dp21.organization_id from deal_party dp21 where dp21.deal_id = t20.deal_id)) from exclusivity_term t20 where t20.valid_to_precision is not null and not (t20.kind = 'EXCLUSIVITY' or (t20.kind = 'LICENCE' and coalesce(t20.exclusive, false)))
            ) q22 where (true) and ((coalesce(q22.date_earliest, q22.date_latest, 'infinity'::date), q22.id) > (cast(? as date), ?)) order by coalesce(q22.date_earliest, q22.date_latest, 'infinity'::date), q22.id limit ?
          ) t26
        ) n25
      ) a24
    ) z1
  )
)::text
-- values: [1,"2026-02-27",1099511627777,1,1,"DATE:ASC","DATE:ASC",20,20,"SOURCE_POSITION:ASC",21,"2026-02-27",1099511627777,2]
