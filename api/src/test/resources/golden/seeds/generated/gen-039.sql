-- r1
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes", ('[' || coalesce(a2.l1, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0, string_agg(n3.l1::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l1 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.horizon as "horizon", t4.modality as "modality", t4.claim_group as "claimGroup", t4.amount_text as "a3", (case when t4.date_precision is null then null else (
                select row_to_json(r6.*) from (
                  select coalesce(to_json(dg_fuzzy_display(t4.date_earliest, t4.date_latest, t4.date_precision)), '{"$error":0}'::json) as "display", coalesce(to_json(t4.date_precision), '{"$error":1}'::json) as "precision"
                ) r6
              ) end) as "date"
            ) r5
          ) as l0, (
            select row_to_json(r7.*) from (
              select null::text as "inForce", dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor"
            ) r7
          ) as l1 from (
            select q8.*, coalesce(q8.date_earliest, q8.date_latest, 'infinity'::date) as sort_0 from commitment q8 where true order by coalesce(q8.date_earliest, q8.date_latest, 'infinity'::date), q8.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [1,1,1,"DATE:ASC","DATE:ASC",2]
-- r2
select (
  (
    select case when o1.v is null then (
      select row_to_json(z2.*) from (
        select (
          select count(*) from (
            select (1::bigint << 40) + e3.id as id, 'EVENT' as kind, e3.id as fact_id, e3.title, e3.date_earliest, e3.date_latest, e3.date_precision, e3.date_text, array(select eo4.organization_id from event_organization eo4 where eo4.event_id = e3.id) as organization_ids from event e3 union all select (2::bigint << 40) + d5.id, 'DEAL_ANNOUNCED', d5.id, d5.title, d5.announced_earliest, d5.announced_latest, d5.announced_precision, d5.announced_text, array(select dp6.organization_id from deal_party dp6 where dp6.deal_id = d5.id) from deal d5 where d5.announced_precision is not null union all select (3::bigint << 40) + c7.id, 'COMMITMENT', c7.id, c7.description, c7.date_earliest, c7.date_latest, c7.date_precision, c7.date_text, array_remove(array[c7.committer_id, c7.recipient_id], null) from commitment c7 where c7.date_precision is not null union all select (4::bigint << 40) + s8.id, 'STATEMENT', s8.id, s8.quote, s8.date_earliest, s8.date_latest, s8.date_precision, s8.date_text, array(select coalesce(ss9.organization_id, p10.organization_id) from statement_speaker ss9 left join person p10 on p10.id = ss9.person_id where ss9.statement_id = s8.id) from statement s8 where s8.date_precision is not null union all select (5::bigint << 40) + t11.id, 'TERM_STARTED', t11.id, t11.scope, t11.valid_from_earliest, t11.valid_from_latest, t11.valid_from_precision, t11.valid_from_text, array[t11.grantor_id, t11.holder_id] from exclusive_term t11 where t11.valid_from_precision is not null union all select (6::bigint << 40) + t11.id, 'TERM_ENDED', t11.id, t11.scope, t11.valid_to_earliest, t11.valid_to_latest, t11.valid_to_precision, t11.valid_to_text, array[t11.grantor_id, t11.holder_id] from exclusive_term t11 where t11.valid_to_precision is not null union all select (7::bigint << 40) + d12.id, 'DEAL_STARTED', d12.id, d12.title, d12.effective_earliest, d12.effective_latest, d12.effective_precision, d12.effective_text, array(select dp13.organization_id from deal_party dp13 where dp13.deal_id = d12.id) from deal d12 where d12.effective_precision is not null union all select (8::bigint << 40) + d14.id, 'DEAL_ENDED', d14.id, d14.title, d14.ended_earliest, d14.ended_latest, d14.ended_precision, d14.ended_text, array(select dp15.organization_id from deal_party dp15 where dp15.deal_id = d14.id) from deal d14 where d14.ended_precision is not null union all select (9::bigint << 40) + c16.id, 'COMMITMENT_PERIOD_ENDED', c16.id, c16.description, c16.period_end_earliest, c16.period_end_latest, c16.period_end_precision, c16.period_end_text, array_remove(array[c16.committer_id, c16.recipient_id], null) from commitment c16 where c16.period_end_precision is not null union all select (10::bigint << 40) + k17.id, 'CONDITION_DEADLINE', k17.id, k17.words, k17.deadline_earliest, k17.deadline_latest, k17.deadline_precision, k17.deadline_text, array_remove(array[c18.committer_id, c18.recipient_id], null) from commitment_condition k17 join commitment c18 on c18.id = k17.commitment_id where k17.deadline_precision is not null union all select (11::bigint << 40) + t19.id, 'AGREEMENT_TERM_STARTED', t19.id, t19.scope, t19.valid_from_earliest, t19.valid_from_latest, t19.valid_from_precision, t19.valid_from_text, coalesce(nullif(array_remove(array[t19.grantor_id, t19.holder_id, t19.payer_id, t19.payee_id], null), '{}'), array(select dp20.organization_id from deal_party dp20 where dp20.deal_id = t19.deal_id)) from exclusivity_term t19 where t19.valid_from_precision is not null and not (t19.kind = 'EXCLUSIVITY' or (t19.kind = 'LICENCE' and coalesce(t19.exclusive, false))) union all select (12::bigint << 40) + t21.id, 'AGREEMENT_TERM_ENDED', t21.id, t21.scope, t21.valid_to_earliest, t21.valid_to_latest, t21.valid_to_precision, t21.valid_to_text, coalesce(nullif(array_remove(array[t21.grantor_id, t21.holder_id, t21.payer_id, t21.payee_id], null), '{}'), array(select dp22.organization_id from deal_party dp22 where dp22.deal_id = t21.deal_id)) from exclusivity_term t21 where t21.valid_to_precision is not null and not (t21.kind = 'EXCLUSIVITY' or (t21.kind = 'LICENCE' and coalesce(t21.exclusive, false)))
          ) q23 where q23.organization_ids && array(select o24.id from organization o24 where o24.slug = any(cast(? as text[])))
        ) as "a0", ('[' || coalesce(a25.l0, '') || ']')::json as "edges" from (
          select count(*) as fetched, (array_agg(n26.cursor order by n26.ord) filter (where n26.ord <= ?)) as cursors, string_agg(n26.l0::text, ',' order by n26.ord) filter (where n26.ord <= ?) as l0 from (
            select row_number() over (order by t27.sort_0, t27.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t27.sort_0::text)]::text[], t27.id) as cursor, (
              select row_to_json(r28.*) from (
                select dg_cursor(cast(? as text), array[dg_cursor_value(t27.sort_0::text)]::text[], t27.id) as "cursor", (
                  select row_to_json(r29.*) from (
                    select coalesce(to_json(t27.title), '{"$error":0}'::json) as "title", (
                      select row_to_json(z30.*) from (
                        select (
                          select count(*) from citation q31 where case t27.kind when 'EVENT' then q31.event_id = t27.fact_id when 'DEAL_ANNOUNCED' then q31.deal_id = t27.fact_id when 'COMMITMENT' then q31.commitment_id = t27.fact_id when 'STATEMENT' then q31.statement_id = t27.fact_id when 'TERM_STARTED' then q31.exclusivity_term_id = t27.fact_id when 'TERM_ENDED' then q31.exclusivity_term_id = t27.fact_id when 'DEAL_STARTED' then q31.deal_id = t27.fact_id when 'DEAL_ENDED' then q31.deal_id = t27.fact_id when 'COMMITMENT_PERIOD_ENDED' then q31.commitment_id = t27.fact_id when 'CONDITION_DEADLINE' then q31.condition_id = t27.fact_id when 'AGREEMENT_TERM_STARTED' then q31.exclusivity_term_id = t27.fact_id when 'AGREEMENT_TERM_ENDED' then q31.exclusivity_term_id = t27.fact_id end
                        ) as "totalCount", ('[' || coalesce(a32.l0, '') || ']')::json as "nodes", (
                          select row_to_json(r33.*) from (
                            select a32.cursors[1] as "startCursor", false as "a1", a32.cursors[array_length(a32.cursors, 1)] as "endCursor"
                          ) r33
                        ) as "pageInfo" from (
                          select count(*) as fetched, (array_agg(n34.cursor order by n34.ord) filter (where n34.ord <= ?)) as cursors, string_agg(n34.l0::text, ',' order by n34.ord) filter (where n34.ord <= ?) as l0 from (
                            select row_number() over (order by t35.sort_0, t35.sort_1, t35.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t35.sort_0::text), dg_cursor_value(t35.sort_1::text)]::text[], t35.id) as cursor, (
                              select row_to_json(r36.*) from (
                                select t35.start_offset as "startOffset", t35.excerpt as "excerpt", t35.end_offset as "endOffset"
                              ) r36
                            ) as l0 from (
                              select q31.*, q31.source_id as sort_0, q31.start_offset as sort_1 from citation q31 where case t27.kind when 'EVENT' then q31.event_id = t27.fact_id when 'DEAL_ANNOUNCED' then q31.deal_id = t27.fact_id when 'COMMITMENT' then q31.commitment_id = t27.fact_id when 'STATEMENT' then q31.statement_id = t27.fact_id when 'TERM_STARTED' then q31.exclusivity_term_id = t27.fact_id when 'TERM_ENDED' then q31.exclusivity_term_id = t27.fact_id when 'DEAL_STARTED' then q31.deal_id = t27.fact_id when 'DEAL_ENDED' then q31.deal_id = t27.fact_id when 'COMMITMENT_PERIOD_ENDED' then q31.commitment_id = t27.fact_id when 'CONDITION_DEADLINE' then q31.condition_id = t27.fact_id when 'AGREEMENT_TERM_STARTED' then q31.exclusivity_term_id = t27.fact_id when 'AGREEMENT_TERM_ENDED' then q31.exclusivity_term_id = t27.fact_id end order by q31.source_id, q31.start_offset, q31.id limit ?
                            ) t35
                          ) n34
                        ) a32
                      ) z30
                    ) as "citations"
                  ) r29
                ) as "node"
              ) r28
            ) as l0 from (
              select q23.*, coalesce(q23.date_earliest, q23.date_latest, 'infinity'::date) as sort_0 from (
                select (1::bigint << 40) + e3.id as id, 'EVENT' as kind, e3.id as fact_id, e3.title, e3.date_earliest, e3.date_latest, e3.date_precision, e3.date_text, array(select eo4.organization_id from event_organization eo4 where eo4.event_id = e3.id) as organization_ids from event e3 union all select (2::bigint << 40) + d5.id, 'DEAL_ANNOUNCED', d5.id, d5.title, d5.announced_earliest, d5.announced_latest, d5.announced_precision, d5.announced_text, array(select dp6.organization_id from deal_party dp6 where dp6.deal_id = d5.id) from deal d5 where d5.announced_precision is not null union all select (3::bigint << 40) + c7.id, 'COMMITMENT', c7.id, c7.description, c7.date_earliest, c7.date_latest, c7.date_precision, c7.date_text, array_remove(array[c7.committer_id, c7.recipient_id], null) from commitment c7 where c7.date_precision is not null union all select (4::bigint << 40) + s8.id, 'STATEMENT', s8.id, s8.quote, s8.date_earliest, s8.date_latest, s8.date_precision, s8.date_text, array(select coalesce(ss9.organization_id, p10.organization_id) from statement_speaker ss9 left join person p10 on p10.id = ss9.person_id where ss9.statement_id = s8.id) from statement s8 where s8.date_precision is not null union all select (5::bigint << 40) + t11.id, 'TERM_STARTED', t11.id, t11.scope, t11.valid_from_earliest, t11.valid_from_latest, t11.valid_from_precision, t11.valid_from_text, array[t11.grantor_id, t11.holder_id] from exclusive_term t11 where t11.valid_from_precision is not null union all select (6::bigint << 40) + t11.id, 'TERM_ENDED', t11.id, t11.scope, t11.valid_to_earliest, t11.valid_to_latest, t11.valid_to_precision, t11.valid_to_text, array[t11.grantor_id, t11.holder_id] from exclusive_term t11 where t11.valid_to_precision is not null union all select (7::bigint << 40) + d12.id, 'DEAL_STARTED', d12.id, d12.title, d12.effective_earliest, d12.effective_latest, d12.effective_precision, d12.effective_text, array(select dp13.organization_id from deal_party dp13 where dp13.deal_id = d12.id) from deal d12 where d12.effective_precision is not null union all select (8::bigint << 40) + d14.id, 'DEAL_ENDED', d14.id, d14.title, d14.ended_earliest, d14.ended_latest, d14.ended_precision, d14.ended_text, array(select dp15.organization_id from deal_party dp15 where dp15.deal_id = d14.id) from deal d14 where d14.ended_precision is not null union all select (9::bigint << 40) + c16.id, 'COMMITMENT_PERIOD_ENDED', c16.id, c16.description, c16.period_end_earliest, c16.period_end_latest, c16.period_end_precision, c16.period_end_text, array_remove(array[c16.committer_id, c16.recipient_id], null) from commitment c16 where c16.period_end_precision is not null union all select (10::bigint << 40) + k17.id, 'CONDITION_DEADLINE', k17.id, k17.words, k17.deadline_earliest, k17.deadline_latest, k17.deadline_precision, k17.deadline_text, array_remove(array[c18.committer_id, c18.recipient_id], null) from commitment_condition k17 join commitment c18 on c18.id = k17.commitment_id where k17.deadline_precision is not null union all select (11::bigint << 40) + t19.id, 'AGREEMENT_TERM_STARTED', t19.id, t19.scope, t19.valid_from_earliest, t19.valid_from_latest, t19.valid_from_precision, t19.valid_from_text, coalesce(nullif(array_remove(array[t19.grantor_id, t19.holder_id, t19.payer_id, t19.payee_id], null), '{}'), array(select dp20.organization_id from deal_party dp20 where dp20.deal_id = t19.deal_id)) from exclusivity_term t19 where t19.valid_from_precision is not null and not (t19.kind = 'EXCLUSIVITY' or (t19.kind = 'LICENCE' and coalesce(t19.exclusive, false))) union all select (12::bigint << 40) + t21.id, 'AGREEMENT_TERM_ENDED', t21.id, t21.scope, t21.valid_to_earliest, t21.valid_to_latest, t21.valid_to_precision, t21.valid_to_text, coalesce(nullif(array_remove(array[t21.grantor_id, t21.holder_id, t21.payer_id, t21.payee_id], null), '{}'), array(select dp22.organization_id from deal_party dp22 where dp22.deal_id = t21.deal_id)) from exclusivity_term t21 where t21.valid_to_precision is not null and not (t21.kind = 'EXCLUSIVITY' or (t21.kind = 'LICENCE' and coalesce(t21.exclusive, false)))
              ) q23 where q23.organization_ids && array(select o24.id from organization o24 where o24.slug = any(cast(? as text[]))) order by coalesce(q23.date_earliest, q23.date_latest, 'infinity'::date), q23.id limit ?
            ) t27
          ) n26
        ) a25
      ) z2
    ) else json_build_object('$error', 1, 'value', o1.v) end from (
      select (
        select s37.slug from unnest(cast(? as text[])) with ordinality s37(slug, at) where not exists (select 1 from organization o38 where o38.slug = s37.slug) order by s37.at limit 1
      )::text as v
    ) o1
  )
)::text
-- values: [["openai"],6,6,"DATE:ASC","DATE:ASC",3,3,"SOURCE_POSITION:ASC",4,["openai"],7,["openai"]]
