-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusive_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusive_term t10 where t10.valid_to_precision is not null union all select (7::bigint << 40) + d11.id, 'DEAL_STARTED', d11.id, d11.title, d11.effective_earliest, d11.effective_latest, d11.effective_precision, d11.effective_text, array(select dp12.organization_id from deal_party dp12 where dp12.deal_id = d11.id) from deal d11 where d11.effective_precision is not null union all select (8::bigint << 40) + d13.id, 'DEAL_ENDED', d13.id, d13.title, d13.ended_earliest, d13.ended_latest, d13.ended_precision, d13.ended_text, array(select dp14.organization_id from deal_party dp14 where dp14.deal_id = d13.id) from deal d13 where d13.ended_precision is not null union all select (9::bigint << 40) + c15.id, 'COMMITMENT_PERIOD_ENDED', c15.id, c15.description, c15.period_end_earliest, c15.period_end_latest, c15.period_end_precision, c15.period_end_text, array_remove(array[c15.committer_id, c15.recipient_id], null) from commitment c15 where c15.period_end_precision is not null union all select (10::bigint << 40) + k16.id, 'CONDITION_DEADLINE', k16.id, k16.words, k16.deadline_earliest, k16.deadline_latest, k16.deadline_precision, k16.deadline_text, array_remove(array[c17.committer_id, c17.recipient_id], null) from commitment_condition k16 join commitment c17 on c17.id = k16.commitment_id where k16.deadline_precision is not null union all select (11::bigint << 40) + t18.id, 'AGREEMENT_TERM_STARTED', t18.id, t18.scope, t18.valid_from_earliest, t18.valid_from_latest, t18.valid_from_precision, t18.valid_from_text, coalesce(nullif(array_remove(array[t18.grantor_id, t18.holder_id, t18.payer_id, t18.payee_id], null), '{}'), array(select dp19.organization_id from deal_party dp19 where dp19.deal_id = t18.deal_id)) from exclusivity_term t18 where t18.valid_from_precision is not null and not (t18.kind = 'EXCLUSIVITY' or (t18.kind = 'LICENCE' and coalesce(t18.exclusive, false))) union all select (12::bigint << 40) + t20.id, 'AGREEMENT_TERM_ENDED', t20.id, t20.scope, t20.valid_to_earliest, t20.valid_to_latest, t20.valid_to_precision, t20.valid_to_text, coalesce(nullif(array_remove(array[t20.grantor_id, t20.holder_id, t20.payer_id, t20.payee_id], null), '{}'), array(select dp21.organization_id from deal_party dp21 where dp21.deal_id = t20.deal_id)) from exclusivity_term t20 where t20.valid_to_precision is not null and not (t20.kind = 'EXCLUSIVITY' or (t20.kind = 'LICENCE' and coalesce(t20.exclusive, false)))
        ) q22 where q22.date_precision is not null and coalesce(q22.date_earliest, '-infinity'::date) <= cast(? as date)
      ) as "totalCount", ('[' || coalesce(a23.l0, '') || ']')::json as "edges", (
        select row_to_json(r24.*) from (
          select a23.fetched > ? as "hasNextPage", a23.cursors[array_length(a23.cursors, 1)] as "a1"
        ) r24
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n25.cursor order by n25.ord) filter (where n25.ord <= ?)) as cursors, string_agg(n25.l0::text, ',' order by n25.ord) filter (where n25.ord <= ?) as l0 from (
          select row_number() over (order by t26.sort_0, t26.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t26.sort_0::text)]::text[], t26.id) as cursor, (
            select row_to_json(r27.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t26.sort_0::text)]::text[], t26.id) as "cursor", (
                select row_to_json(r28.*) from (
                  select coalesce(to_json(t26.title), '{"$error":0}'::json) as "title", coalesce(to_json(t26.kind), '{"$error":1}'::json) as "kind", coalesce(to_json((case t26.kind when 'AGREEMENT_TERM_ENDED' then (
                    select (
                      select row_to_json(r29.*) from (
                        select 'AgreementTerm'::text as "__typename"
                      ) r29
                    ) from exclusivity_term c30 where c30.id = t26.fact_id limit 1
                  ) when 'AGREEMENT_TERM_STARTED' then (
                    select (
                      select row_to_json(r31.*) from (
                        select 'AgreementTerm'::text as "__typename"
                      ) r31
                    ) from exclusivity_term c32 where c32.id = t26.fact_id limit 1
                  ) when 'COMMITMENT' then (
                    select (
                      select row_to_json(r33.*) from (
                        select 'Commitment'::text as "__typename", coalesce(to_json((select count(*)::int from (
                          select distinct trim(o34.outlet) collate "C" as outlet from (
                            select cc35.source_id, cc35.credited_outlet, bool_or(cc35.credited_outlet is not null) over (partition by cc35.source_id) as credits from citation cc35 where cc35.commitment_id = c36.id
                          ) c37 join source s38 on s38.id = c37.source_id cross join lateral unnest(case when c37.credited_outlet is not null then string_to_array(c37.credited_outlet, ',') when c37.credits then array[]::text[] else array[coalesce(s38.publisher, s38.author, '“' || s38.title || '”')] end) as o34(outlet)
                        ) o39)), '{"$error":2}'::json) as "corroboration"
                      ) r33
                    ) from commitment c36 where c36.id = t26.fact_id limit 1
                  ) when 'COMMITMENT_PERIOD_ENDED' then (
                    select (
                      select row_to_json(r40.*) from (
                        select 'Commitment'::text as "__typename", coalesce(to_json((select count(*)::int from (
                          select distinct trim(o41.outlet) collate "C" as outlet from (
                            select cc42.source_id, cc42.credited_outlet, bool_or(cc42.credited_outlet is not null) over (partition by cc42.source_id) as credits from citation cc42 where cc42.commitment_id = c43.id
                          ) c44 join source s45 on s45.id = c44.source_id cross join lateral unnest(case when c44.credited_outlet is not null then string_to_array(c44.credited_outlet, ',') when c44.credits then array[]::text[] else array[coalesce(s45.publisher, s45.author, '“' || s45.title || '”')] end) as o41(outlet)
                        ) o46)), '{"$error":3}'::json) as "corroboration"
                      ) r40
                    ) from commitment c43 where c43.id = t26.fact_id limit 1
                  ) when 'CONDITION_DEADLINE' then (
                    select (
                      select row_to_json(r47.*) from (
                        select 'Condition'::text as "__typename"
                      ) r47
                    ) from commitment_condition c48 where c48.id = t26.fact_id limit 1
                  ) when 'DEAL_ANNOUNCED' then (
                    select (
                      select row_to_json(r49.*) from (
                        select 'Deal'::text as "__typename"
                      ) r49
                    ) from deal c50 where c50.id = t26.fact_id limit 1
                  ) when 'DEAL_ENDED' then (
                    select (
                      select row_to_json(r51.*) from (
                        select 'Deal'::text as "__typename"
                      ) r51
                    ) from deal c52 where c52.id = t26.fact_id limit 1
                  ) when 'DEAL_STARTED' then (
                    select (
                      select row_to_json(r53.*) from (
                        select 'Deal'::text as "__typename"
                      ) r53
                    ) from deal c54 where c54.id = t26.fact_id limit 1
                  ) when 'EVENT' then (
                    select (
                      select row_to_json(r55.*) from (
                        select 'Event'::text as "__typename"
                      ) r55
                    ) from event c56 where c56.id = t26.fact_id limit 1
                  ) when 'STATEMENT' then (
                    select (
                      select row_to_json(r57.*) from (
                        select 'Statement'::text as "__typename", coalesce(to_json(dg_global_id('Statement', c58.slug)), '{"$error":4}'::json) as "id", c58.quote as "quote", c58.channel as "channel", c58.slug as "a3"
                      ) r57
                    ) from statement c58 where c58.id = t26.fact_id limit 1
                  ) when 'TERM_ENDED' then (
                    select (
                      select row_to_json(r59.*) from (
                        select 'ExclusivityTerm'::text as "__typename"
                      ) r59
                    ) from exclusive_term c60 where c60.id = t26.fact_id limit 1
                  ) when 'TERM_STARTED' then (
                    select (
                      select row_to_json(r61.*) from (
                        select 'ExclusivityTerm'::text as "__typename"
                      ) r61
                    ) from exclusive_term c62 where c62.id = t26.fact_id limit 1
                  ) end)), '{"$error":5}'::json) as "fact"
                ) r28
              ) as "node"
            ) r27
          ) as l0 from (
            select q22.*, coalesce(q22.date_earliest, q22.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusive_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusive_term t10 where t10.valid_to_precision is not null union all select (7::bigint << 40) + d11.id, 'DEAL_STARTED', d11.id, d11.title, d11.effective_earliest, d11.effective_latest, d11.effective_precision, d11.effective_text, array(select dp12.organization_id from deal_party dp12 where dp12.deal_id = d11.id) from deal d11 where d11.effective_precision is not null union all select (8::bigint << 40) + d13.id, 'DEAL_ENDED', d13.id, d13.title, d13.ended_earliest, d13.ended_latest, d13.ended_precision, d13.ended_text, array(select dp14.organization_id from deal_party dp14 where dp14.deal_id = d13.id) from deal d13 where d13.ended_precision is not null union all select (9::bigint << 40) + c15.id, 'COMMITMENT_PERIOD_ENDED', c15.id, c15.description, c15.period_end_earliest, c15.period_end_latest, c15.period_end_precision, c15.period_end_text, array_remove(array[c15.committer_id, c15.recipient_id], null) from commitment c15 where c15.period_end_precision is not null union all select (10::bigint << 40) + k16.id, 'CONDITION_DEADLINE', k16.id, k16.words, k16.deadline_earliest, k16.deadline_latest, k16.deadline_precision, k16.deadline_text, array_remove(array[c17.committer_id, c17.recipient_id], null) from commitment_condition k16 join commitment c17 on c17.id = k16.commitment_id where k16.deadline_precision is not null union all select (11::bigint << 40) + t18.id, 'AGREEMENT_TERM_STARTED', t18.id, t18.scope, t18.valid_from_earliest, t18.valid_from_latest, t18.valid_from_precision, t18.valid_from_text, coalesce(nullif(array_remove(array[t18.grantor_id, t18.holder_id, t18.payer_id, t18.payee_id], null), '{}'), array(select dp19.organization_id from deal_party dp19 where dp19.deal_id = t18.deal_id)) from exclusivity_term t18 where t18.valid_from_precision is not null and not (t18.kind = 'EXCLUSIVITY' or (t18.kind = 'LICENCE' and coalesce(t18.exclusive, false))) union all select (12::bigint << 40) + t20.id, 'AGREEMENT_TERM_ENDED', t20.id, t20.scope, t20.valid_to_earliest, t20.valid_to_latest, t20.valid_to_precision, t20.valid_to_text, coalesce(nullif(array_remove(array[t20.grantor_id, t20.holder_id, t20.payer_id, t20.payee_id], null), '{}'), array(select dp21.organization_id from deal_party dp21 where dp21.deal_id = t20.deal_id)) from exclusivity_term t20 where t20.valid_to_precision is not null and not (t20.kind = 'EXCLUSIVITY' or (t20.kind = 'LICENCE' and coalesce(t20.exclusive, false)))
            ) q22 where q22.date_precision is not null and coalesce(q22.date_earliest, '-infinity'::date) <= cast(? as date) order by coalesce(q22.date_earliest, q22.date_latest, 'infinity'::date), q22.id limit ?
          ) t26
        ) n25
      ) a23
    ) z1
  )
)::text
-- values: ["2019-07-22",3,3,3,"DATE:ASC","DATE:ASC","2019-07-22",4]
