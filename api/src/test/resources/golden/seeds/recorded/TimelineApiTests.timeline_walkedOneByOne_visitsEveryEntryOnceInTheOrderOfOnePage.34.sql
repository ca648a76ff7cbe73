-- timeline
select (
  (
    select case when o1.v is null then (
      select row_to_json(z2.*) from (
        select (
          select count(*) from (
            select (1::bigint << 40) + e3.id as id, 'EVENT' as kind, e3.id as fact_id, e3.title, e3.date_earliest, e3.date_latest, e3.date_precision, e3.date_text, array(select eo4.organization_id from event_organization eo4 where eo4.event_id = e3.id) as organization_ids from event e3 union all select (2::bigint << 40) + d5.id, 'DEAL_ANNOUNCED', d5.id, d5.title, d5.announced_earliest, d5.announced_latest, d5.announced_precision, d5.announced_text, array(select dp6.organization_id from deal_party dp6 where dp6.deal_id = d5.id) from deal d5 where d5.announced_precision is not null union all select (3::bigint << 40) + c7.id, 'COMMITMENT', c7.id, c7.description, c7.date_earliest, c7.date_latest, c7.date_precision, c7.date_text, array_remove(array[c7.committer_id, c7.recipient_id], null) from commitment c7 where c7.date_precision is not null union all select (4::bigint << 40) + s8.id, 'STATEMENT', s8.id, s8.quote, s8.date_earliest, s8.date_latest, s8.date_precision, s8.date_text, array(select coalesce(ss9.organization_id, p10.organization_id) from statement_speaker ss9 left join person p10 on p10.id = ss9.person_id where ss9.statement_id = s8.id) from statement s8 where s8.date_precision is not null union all select (5::bigint << 40) + t11.id, 'TERM_STARTED', t11.id, t11.scope, t11.valid_from_earliest, t11.valid_from_latest, t11.valid_from_precision, t11.valid_from_text, array[t11.grantor_id, t11.holder_id] from exclusive_term t11 where t11.valid_from_precision is not null union all select (6::bigint << 40) + t11.id, 'TERM_ENDED', t11.id, t11.scope, t11.valid_to_earliest, t11.valid_to_latest, t11.valid_to_precision, t11.valid_to_text, array[t11.grantor_id, t11.holder_id] from exclusive_term t11 where t11.valid_to_precision is not null union all select (7::bigint << 40) + d12.id, 'DEAL_STARTED', d12.id, d12.title, d12.effective_earliest, d12.effective_latest, d12.effective_precision, d12.effective_text, array(select dp13.organization_id from deal_party dp13 where dp13.deal_id = d12.id) from deal d12 where d12.effective_precision is not null union all select (8::bigint << 40) + d14.id, 'DEAL_ENDED', d14.id, d14.title, d14.ended_earliest, d14.ended_latest, d14.ended_precision, d14.ended_text, array(select dp15.organization_id from deal_party dp15 where dp15.deal_id = d14.id) from deal d14 where d14.ended_precision is not null union all select (9::bigint << 40) + c16.id, 'COMMITMENT_PERIOD_ENDED', c16.id, c16.description, c16.period_end_earliest, c16.period_end_latest, c16.period_end_precision, c16.period_end_text, array_remove(array[c16.committer_id, c16.recipient_id], null) from commitment c16 where c16.period_end_precision is not null union all select (10::bigint << 40) + k17.id, 'CONDITION_DEADLINE', k17.id, k17.words, k17.deadline_earliest, k17.deadline_latest, k17.deadline_precision, k17.deadline_text, array_remove(array[c18.committer_id, c18.recipient_id], null) from commitment_condition k17 join commitment c18 on c18.id = k17.commitment_id where k17.deadline_precision is not null union all select (11::bigint << 40) + t19.id, 'AGREEMENT_TERM_STARTED', t19.id, t19.scope, t19.valid_from_earliest, t19.valid_from_latest, t19.valid_from_precision, t19.valid_from_text, coalesce(nullif(array_remove(array[t19.grantor_id, t19.holder_id, t19.payer_id, t19.payee_id], null), '{}'), array(select dp20.organization_id from deal_party dp20 where dp20.deal_id = t19.deal_id)) from exclusivity_term t19 where t19.valid_from_precision is not null and not (t19.kind = 'EXCLUSIVITY' or (t19.kind = 'LICENCE' and coalesce(t19.exclusive, false))) union all select (12::bigint << 40) + t21.id, 'AGREEMENT_TERM_ENDED', t21.id, t21.scope, t21.valid_to_earliest, t21.valid_to_latest, t21.valid_to_precision, t21.valid_to_text, coalesce(nullif(array_remove(array[t21.grantor_id, t21.holder_id, t21.payer_id, t21.payee_id], null), '{}'), array(select dp22.organization_id from deal_party dp22 where dp22.deal_id = t21.deal_id)) from exclusivity_term t21 where t21.valid_to_precision is not null and not (t21.kind = 'EXCLUSIVITY' or (t21.kind = 'LICENCE' and coalesce(t21.exclusive, false)))
          ) q23 where q23.organization_ids && array(select o24.id from organization o24 where o24.slug = any(cast(? as text[])))
        ) as "totalCount", (
          select row_to_json(r25.*) from (
            select a26.fetched > ? as "hasNextPage", exists (
              select 1 from (
                select (1::bigint << 40) + e3.id as id, 'EVENT' as kind, e3.id as fact_id, e3.title, e3.date_earliest, e3.date_latest, e3.date_precision, e3.date_text, array(select eo4.organization_id from event_organization eo4 where eo4.event_id = e3.id) as organization_ids from event e3 union all select (2::bigint << 40) + d5.id, 'DEAL_ANNOUNCED', d5.id, d5.title, d5.announced_earliest, d5.announced_latest, d5.announced_precision, d5.announced_text, array(select dp6.organization_id from deal_party dp6 where dp6.deal_id = d5.id) from deal d5 where d5.announced_precision is not null union all select (3::bigint << 40) + c7.id, 'COMMITMENT', c7.id, c7.description, c7.date_earliest, c7.date_latest, c7.date_precision, c7.date_text, array_remove(array[c7.committer_id, c7.recipient_id], null) from commitment c7 where c7.date_precision is not null union all select (4::bigint << 40) + s8.id, 'STATEMENT', s8.id, s8.quote, s8.date_earliest, s8.date_latest, s8.date_precision, s8.date_text, array(select coalesce(ss9.organization_id, p10.organization_id) from statement_speaker ss9 left join person p10 on p10.id = ss9.person_id where ss9.statement_id = s8.id) from statement s8 where s8.date_precision is not null union all select (5::bigint << 40) + t11.id, 'TERM_STARTED', t11.id, t11.scope, t11.valid_from_earliest, t11.valid_from_latest, t11.valid_from_precision, t11.valid_from_text, array[t11.grantor_id, t11.holder_id] from exclusive_term t11 where t11.valid_from_precision is not null union all select (6::bigint << 40) + t11.id, 'TERM_ENDED', t11.id, t11.scope, t11.valid_to_earliest, t11.valid_to_latest, t11.valid_to_precision, t11.valid_to_text, array[t11.grantor_id, t11.holder_id] from exclusive_term t11 where t11.valid_to_precision is not null union all select (7::bigint << 40) + d12.id, 'DEAL_STARTED', d12.id, d12.title, d12.effective_earliest, d12.effective_latest, d12.effective_precision, d12.effective_text, array(select dp13.organization_id from deal_party dp13 where dp13.deal_id = d12.id) from deal d12 where d12.effective_precision is not null union all select (8::bigint << 40) + d14.id, 'DEAL_ENDED', d14.id, d14.title, d14.ended_earliest, d14.ended_latest, d14.ended_precision, d14.ended_text, array(select dp15.organization_id from deal_party dp15 where dp15.deal_id = d14.id) from deal d14 where d14.ended_precision is not null union all select (9::bigint << 40) + c16.id, 'COMMITMENT_PERIOD_ENDED', c16.id, c16.description, c16.period_end_earliest, c16.period_end_latest, c16.period_end_precision, c16.period_end_text, array_remove(array[c16.committer_id, c16.recipient_id], null) from commitment c16 where c16.period_end_precision is not null union all select (10::bigint << 40) + k17.id, 'CONDITION_DEADLINE', k17.id, k17.words, k17.deadline_earliest, k17.deadline_latest, k17.deadline_precision, k17.deadline_text, array_remove(array[c18.committer_id, c18.recipient_id], null) from commitment_condition k17 join commitment c18 on c18.id = k17.commitment_id where k17.deadline_precision is not null union all select (11::bigint << 40) + t19.id, 'AGREEMENT_TERM_STARTED', t19.id, t19.scope, t19.valid_from_earliest, t19.valid_from_latest, t19.valid_from_precision, t19.valid_from_text, coalesce(nullif(array_remove(array[t19.grantor_id, t19.holder_id, t19.payer_id, t19.payee_id], null), '{}'), array(select dp20.organization_id from deal_party dp20 where dp20.deal_id = t19.deal_id)) from exclusivity_term t19 where t19.valid_from_precision is not null and not (t19.kind = 'EXCLUSIVITY' or (t19.kind = 'LICENCE' and coalesce(t19.exclusive, false))) union all select (12::bigint << 40) + t21.id, 'AGREEMENT_TERM_ENDED', t21.id, t21.scope, t21.valid_to_earliest, t21.valid_to_latest, t21.valid_to_precision, t21.valid_to_text, coalesce(nullif(array_remove(array[t21.grantor_id, t21.holder_id, t21.payer_id, t21.payee_id], null), '{}'), array(select dp22.organization_id from deal_party dp22 where dp22.deal_id = t21.deal_id)) from exclusivity_term t21 where t21.valid_to_precision is not null and not (t21.kind = 'EXCLUSIVITY' or (t21.kind = 'LICENCE' and coalesce(t21.exclusive, false)))
              ) q23 where (q23.organization_ids && array(select o24.id from organization o24 where o24.slug = any(cast(? as text[])))) and (not (coalesce(q23.date_earliest, q23.date_latest, '-infinity'::date), q23.id) < (cast(? as date), ?))
            ) as "hasPreviousPage", a26.cursors[1] as "startCursor", a26.cursors[array_length(a26.cursors, 1)] as "endCursor"
          ) r25
        ) as "pageInfo", ('[' || coalesce(a26.l0, '') || ']')::json as "edges" from (
          select count(*) as fetched, (array_agg(n27.cursor order by n27.ord) filter (where n27.ord <= ?)) as cursors, string_agg(n27.l0::text, ',' order by n27.ord) filter (where n27.ord <= ?) as l0 from (
            select row_number() over (order by t28.sort_0 desc, t28.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t28.sort_0::text)]::text[], t28.id) as cursor, (
              select row_to_json(r29.*) from (
                select dg_cursor(cast(? as text), array[dg_cursor_value(t28.sort_0::text)]::text[], t28.id) as "cursor", (
                  select row_to_json(r30.*) from (
                    select coalesce(to_json(t28.kind), '{"$error":0}'::json) as "kind", coalesce(to_json(t28.title), '{"$error":1}'::json) as "title", coalesce(to_json((case when t28.date_precision is null then null else (
                      select row_to_json(r31.*) from (
                        select t28.date_earliest as "earliest", t28.date_latest as "latest", coalesce(to_json(t28.date_precision), '{"$error":2}'::json) as "precision", coalesce(to_json(dg_fuzzy_display(t28.date_earliest, t28.date_latest, t28.date_precision)), '{"$error":3}'::json) as "display"
                      ) r31
                    ) end)), '{"$error":4}'::json) as "date", coalesce(to_json((case t28.kind when 'AGREEMENT_TERM_ENDED' then (
                      select (
                        select row_to_json(r32.*) from (
                          select 'AgreementTerm'::text as "__typename"
                        ) r32
                      ) from exclusivity_term c33 where c33.id = t28.fact_id limit 1
                    ) when 'AGREEMENT_TERM_STARTED' then (
                      select (
                        select row_to_json(r34.*) from (
                          select 'AgreementTerm'::text as "__typename"
                        ) r34
                      ) from exclusivity_term c35 where c35.id = t28.fact_id limit 1
                    ) when 'COMMITMENT' then (
                      select (
                        select row_to_json(r36.*) from (
                          select 'Commitment'::text as "__typename", c37.slug as "slug"
                        ) r36
                      ) from commitment c37 where c37.id = t28.fact_id limit 1
                    ) when 'COMMITMENT_PERIOD_ENDED' then (
                      select (
                        select row_to_json(r38.*) from (
                          select 'Commitment'::text as "__typename", c39.slug as "slug"
                        ) r38
                      ) from commitment c39 where c39.id = t28.fact_id limit 1
                    ) when 'CONDITION_DEADLINE' then (
                      select (
                        select row_to_json(r40.*) from (
                          select 'Condition'::text as "__typename"
                        ) r40
                      ) from commitment_condition c41 where c41.id = t28.fact_id limit 1
                    ) when 'DEAL_ANNOUNCED' then (
                      select (
                        select row_to_json(r42.*) from (
                          select 'Deal'::text as "__typename", c43.slug as "slug"
                        ) r42
                      ) from deal c43 where c43.id = t28.fact_id limit 1
                    ) when 'DEAL_ENDED' then (
                      select (
                        select row_to_json(r44.*) from (
                          select 'Deal'::text as "__typename", c45.slug as "slug"
                        ) r44
                      ) from deal c45 where c45.id = t28.fact_id limit 1
                    ) when 'DEAL_STARTED' then (
                      select (
                        select row_to_json(r46.*) from (
                          select 'Deal'::text as "__typename", c47.slug as "slug"
                        ) r46
                      ) from deal c47 where c47.id = t28.fact_id limit 1
                    ) when 'EVENT' then (
                      select (
                        select row_to_json(r48.*) from (
                          select 'Event'::text as "__typename", c49.slug as "slug"
                        ) r48
                      ) from event c49 where c49.id = t28.fact_id limit 1
                    ) when 'STATEMENT' then (
                      select (
                        select row_to_json(r50.*) from (
                          select 'Statement'::text as "__typename", c51.slug as "slug"
                        ) r50
                      ) from statement c51 where c51.id = t28.fact_id limit 1
                    ) when 'TERM_ENDED' then (
                      select (
                        select row_to_json(r52.*) from (
                          select 'ExclusivityTerm'::text as "__typename", coalesce(to_json(c53.slug), '{"$error":5}'::json) as "slug"
                        ) r52
                      ) from exclusive_term c53 where c53.id = t28.fact_id limit 1
                    ) when 'TERM_STARTED' then (
                      select (
                        select row_to_json(r54.*) from (
                          select 'ExclusivityTerm'::text as "__typename", coalesce(to_json(c55.slug), '{"$error":6}'::json) as "slug"
                        ) r54
                      ) from exclusive_term c55 where c55.id = t28.fact_id limit 1
                    ) end)), '{"$error":7}'::json) as "fact", (
                      select row_to_json(z56.*) from (
                        select (
                          select count(*) from citation q57 where case t28.kind when 'EVENT' then q57.event_id = t28.fact_id when 'DEAL_ANNOUNCED' then q57.deal_id = t28.fact_id when 'COMMITMENT' then q57.commitment_id = t28.fact_id when 'STATEMENT' then q57.statement_id = t28.fact_id when 'TERM_STARTED' then q57.exclusivity_term_id = t28.fact_id when 'TERM_ENDED' then q57.exclusivity_term_id = t28.fact_id when 'DEAL_STARTED' then q57.deal_id = t28.fact_id when 'DEAL_ENDED' then q57.deal_id = t28.fact_id when 'COMMITMENT_PERIOD_ENDED' then q57.commitment_id = t28.fact_id when 'CONDITION_DEADLINE' then q57.condition_id = t28.fact_id when 'AGREEMENT_TERM_STARTED' then q57.exclusivity_term_id = t28.fact_id when 'AGREEMENT_TERM_ENDED' then q57.exclusivity_term_id = t28.fact_id end
                        ) as "totalCount", ('[' || coalesce(a58.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n59.cursor order by n59.ord) filter (where n59.ord <= ?)) as cursors, string_agg(n59.l0::text, ',' order by n59.ord) filter (where n59.ord <= ?) as l0 from (
                            select row_number() over (order by t60.sort_0, t60.sort_1, t60.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t60.sort_0::text), dg_cursor_value(t60.sort_1::text)]::text[], t60.id) as cursor, (
                              select row_to_json(r61.*) from (
                                select t60.excerpt as "excerpt", t60.credited_outlet as "creditedOutlet", coalesce(to_json((
                                  select (
                                    select row_to_json(r62.*) from (
                                      select c63.slug as "slug"
                                    ) r62
                                  ) from source c63 where c63.id = t60.source_id limit 1
                                )), '{"$error":8}'::json) as "source"
                              ) r61
                            ) as l0 from (
                              select q57.*, q57.source_id as sort_0, q57.start_offset as sort_1 from citation q57 where case t28.kind when 'EVENT' then q57.event_id = t28.fact_id when 'DEAL_ANNOUNCED' then q57.deal_id = t28.fact_id when 'COMMITMENT' then q57.commitment_id = t28.fact_id when 'STATEMENT' then q57.statement_id = t28.fact_id when 'TERM_STARTED' then q57.exclusivity_term_id = t28.fact_id when 'TERM_ENDED' then q57.exclusivity_term_id = t28.fact_id when 'DEAL_STARTED' then q57.deal_id = t28.fact_id when 'DEAL_ENDED' then q57.deal_id = t28.fact_id when 'COMMITMENT_PERIOD_ENDED' then q57.commitment_id = t28.fact_id when 'CONDITION_DEADLINE' then q57.condition_id = t28.fact_id when 'AGREEMENT_TERM_STARTED' then q57.exclusivity_term_id = t28.fact_id when 'AGREEMENT_TERM_ENDED' then q57.exclusivity_term_id = t28.fact_id end order by q57.source_id, q57.start_offset, q57.id limit ?
                            ) t60
                          ) n59
                        ) a58
                      ) z56
                    ) as "citations"
                  ) r30
                ) as "node"
              ) r29
            ) as l0 from (
              select q23.*, coalesce(q23.date_earliest, q23.date_latest, '-infinity'::date) as sort_0 from (
                select (1::bigint << 40) + e3.id as id, 'EVENT' as kind, e3.id as fact_id, e3.title, e3.date_earliest, e3.date_latest, e3.date_precision, e3.date_text, array(select eo4.organization_id from event_organization eo4 where eo4.event_id = e3.id) as organization_ids from event e3 union all select (2::bigint << 40) + d5.id, 'DEAL_ANNOUNCED', d5.id, d5.title, d5.announced_earliest, d5.announced_latest, d5.announced_precision, d5.announced_text, array(select dp6.organization_id from deal_party dp6 where dp6.deal_id = d5.id) from deal d5 where d5.announced_precision is not null union all select (3::bigint << 40) + c7.id, 'COMMITMENT', c7.id, c7.description, c7.date_earliest, c7.date_latest, c7.date_precision, c7.date_text, array_remove(array[c7.committer_id, c7.recipient_id], null) from commitment c7 where c7.date_precision is not null union all select (4::bigint << 40) + s8.id, 'STATEMENT', s8.id, s8.quote, s8.date_earliest, s8.date_latest, s8.date_precision, s8.date_text, array(select coalesce(ss9.organization_id, p10.organization_id) from statement_speaker ss9 left join person p10 on p10.id = ss9.person_id where ss9.statement_id = s8.id) from statement s8 where s8.date_precision is not null union all select (5::bigint << 40) + t11.id, 'TERM_STARTED', t11.id, t11.scope, t11.valid_from_earliest, t11.valid_from_latest, t11.valid_from_precision, t11.valid_from_text, array[t11.grantor_id, t11.holder_id] from exclusive_term t11 where t11.valid_from_precision is not null union all select (6::bigint << 40) + t11.id, 'TERM_ENDED', t11.id, t11.scope, t11.valid_to_earliest, t11.valid_to_latest, t11.valid_to_precision, t11.valid_to_text, array[t11.grantor_id, t11.holder_id] from exclusive_term t11 where t11.valid_to_precision is not null union all select (7::bigint << 40) + d12.id, 'DEAL_STARTED', d12.id, d12.title, d12.effective_earliest, d12.effective_latest, d12.effective_precision, d12.effective_text, array(select dp13.organization_id from deal_party dp13 where dp13.deal_id = d12.id) from deal d12 where d12.effective_precision is not null union all select (8::bigint << 40) + d14.id, 'DEAL_ENDED', d14.id, d14.title, d14.ended_earliest, d14.ended_latest, d14.ended_precision, d14.ended_text, array(select dp15.organization_id from deal_party dp15 where dp15.deal_id = d14.id) from deal d14 where d14.ended_precision is not null union all select (9::bigint << 40) + c16.id, 'COMMITMENT_PERIOD_ENDED', c16.id, c16.description, c16.period_end_earliest, c16.period_end_latest, c16.period_end_precision, c16.period_end_text, array_remove(array[c16.committer_id, c16.recipient_id], null) from commitment c16 where c16.period_end_precision is not null union all select (10::bigint << 40) + k17.id, 'CONDITION_DEADLINE', k17.id, k17.words, k17.deadline_earliest, k17.deadline_latest, k17.deadline_precision, k17.deadline_text, array_remove(array[c18.committer_id, c18.recipient_id], null) from commitment_condition k17 join commitment c18 on c18.id = k17.commitment_id where k17.deadline_precision is not null union all select (11::bigint << 40) + t19.id, 'AGREEMENT_TERM_STARTED', t19.id, t19.scope, t19.valid_from_earliest, t19.valid_from_latest, t19.valid_from_precision, t19.valid_from_text, coalesce(nullif(array_remove(array[t19.grantor_id, t19.holder_id, t19.payer_id, t19.payee_id], null), '{}'), array(select dp20.organization_id from deal_party dp20 where dp20.deal_id = t19.deal_id)) from exclusivity_term t19 where t19.valid_from_precision is not null and not (t19.kind = 'EXCLUSIVITY' or (t19.kind = 'LICENCE' and coalesce(t19.exclusive, false))) union all select (12::bigint << 40) + t21.id, 'AGREEMENT_TERM_ENDED', t21.id, t21.scope, t21.valid_to_earliest, t21.valid_to_latest, t21.valid_to_precision, t21.valid_to_text, coalesce(nullif(array_remove(array[t21.grantor_id, t21.holder_id, t21.payer_id, t21.payee_id], null), '{}'), array(select dp22.organization_id from deal_party dp22 where dp22.deal_id = t21.deal_id)) from exclusivity_term t21 where t21.valid_to_precision is not null and not (t21.kind = 'EXCLUSIVITY' or (t21.kind = 'LICENCE' and coalesce(t21.exclusive, false)))
              ) q23 where (q23.organization_ids && array(select o24.id from organization o24 where o24.slug = any(cast(? as text[])))) and ((coalesce(q23.date_earliest, q23.date_latest, '-infinity'::date), q23.id) < (cast(? as date), ?)) order by coalesce(q23.date_earliest, q23.date_latest, '-infinity'::date) desc, q23.id desc limit ?
            ) t28
          ) n27
        ) a26
      ) z2
    ) else json_build_object('$error', 9, 'value', o1.v) end from (
      select (
        select s64.slug from unnest(cast(? as text[])) with ordinality s64(slug, at) where not exists (select 1 from organization o65 where o65.slug = s64.slug) order by s64.at limit 1
      )::text as v
    ) o1
  )
)::text
-- values: [["microsoft"],1,["microsoft"],"2026-04-26",4398046511112,1,1,"DATE:DESC","DATE:DESC",20,20,"SOURCE_POSITION:ASC",21,["microsoft"],"2026-04-26",4398046511112,2,["microsoft"]]
