-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.status as "status", t2.title as "title", (case when t2.ended_precision is null then null else (
          select row_to_json(r3.*) from (
            select coalesce(to_json(t2.ended_precision), '{"$error":0}'::json) as "precision", coalesce(to_json(dg_fuzzy_display(t2.ended_earliest, t2.ended_latest, t2.ended_precision)), '{"$error":1}'::json) as "display", coalesce(to_json(t2.ended_text), '{"$error":2}'::json) as "text", t2.ended_latest as "a3"
          ) r3
        ) end) as "ended"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["openai-models-on-aws"]
-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[array_length(a3.cursors, 1)] as "endCursor", false as "hasPreviousPage"
        ) r2
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor from (
            select q6.*, coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e7.id as id, 'EVENT' as kind, e7.id as fact_id, e7.title, e7.date_earliest, e7.date_latest, e7.date_precision, e7.date_text, array(select eo8.organization_id from event_organization eo8 where eo8.event_id = e7.id) as organization_ids from event e7 union all select (2::bigint << 40) + d9.id, 'DEAL_ANNOUNCED', d9.id, d9.title, d9.announced_earliest, d9.announced_latest, d9.announced_precision, d9.announced_text, array(select dp10.organization_id from deal_party dp10 where dp10.deal_id = d9.id) from deal d9 where d9.announced_precision is not null union all select (3::bigint << 40) + c11.id, 'COMMITMENT', c11.id, c11.description, c11.date_earliest, c11.date_latest, c11.date_precision, c11.date_text, array_remove(array[c11.committer_id, c11.recipient_id], null) from commitment c11 where c11.date_precision is not null union all select (4::bigint << 40) + s12.id, 'STATEMENT', s12.id, s12.quote, s12.date_earliest, s12.date_latest, s12.date_precision, s12.date_text, array(select coalesce(ss13.organization_id, p14.organization_id) from statement_speaker ss13 left join person p14 on p14.id = ss13.person_id where ss13.statement_id = s12.id) from statement s12 where s12.date_precision is not null union all select (5::bigint << 40) + t15.id, 'TERM_STARTED', t15.id, t15.scope, t15.valid_from_earliest, t15.valid_from_latest, t15.valid_from_precision, t15.valid_from_text, array[t15.grantor_id, t15.holder_id] from exclusive_term t15 where t15.valid_from_precision is not null union all select (6::bigint << 40) + t15.id, 'TERM_ENDED', t15.id, t15.scope, t15.valid_to_earliest, t15.valid_to_latest, t15.valid_to_precision, t15.valid_to_text, array[t15.grantor_id, t15.holder_id] from exclusive_term t15 where t15.valid_to_precision is not null union all select (7::bigint << 40) + d16.id, 'DEAL_STARTED', d16.id, d16.title, d16.effective_earliest, d16.effective_latest, d16.effective_precision, d16.effective_text, array(select dp17.organization_id from deal_party dp17 where dp17.deal_id = d16.id) from deal d16 where d16.effective_precision is not null union all select (8::bigint << 40) + d18.id, 'DEAL_ENDED', d18.id, d18.title, d18.ended_earliest, d18.ended_latest, d18.ended_precision, d18.ended_text, array(select dp19.organization_id from deal_party dp19 where dp19.deal_id = d18.id) from deal d18 where d18.ended_precision is not null union all select (9::bigint << 40) + c20.id, 'COMMITMENT_PERIOD_ENDED', c20.id, c20.description, c20.period_end_earliest, c20.period_end_latest, c20.period_end_precision, c20.period_end_text, array_remove(array[c20.committer_id, c20.recipient_id], null) from commitment c20 where c20.period_end_precision is not null union all select (10::bigint << 40) + k21.id, 'CONDITION_DEADLINE', k21.id, k21.words, k21.deadline_earliest, k21.deadline_latest, k21.deadline_precision, k21.deadline_text, array_remove(array[c22.committer_id, c22.recipient_id], null) from commitment_condition k21 join commitment c22 on c22.id = k21.commitment_id where k21.deadline_precision is not null union all select (11::bigint << 40) + t23.id, 'AGREEMENT_TERM_STARTED', t23.id, t23.scope, t23.valid_from_earliest, t23.valid_from_latest, t23.valid_from_precision, t23.valid_from_text, coalesce(nullif(array_remove(array[t23.grantor_id, t23.holder_id, t23.payer_id, t23.payee_id], null), '{}'), array(select dp24.organization_id from deal_party dp24 where dp24.deal_id = t23.deal_id)) from exclusivity_term t23 where t23.valid_from_precision is not null and not (t23.kind = 'EXCLUSIVITY' or (t23.kind = 'LICENCE' and coalesce(t23.exclusive, false))) union all select (12::bigint << 40) + t25.id, 'AGREEMENT_TERM_ENDED', t25.id, t25.scope, t25.valid_to_earliest, t25.valid_to_latest, t25.valid_to_precision, t25.valid_to_text, coalesce(nullif(array_remove(array[t25.grantor_id, t25.holder_id, t25.payer_id, t25.payee_id], null), '{}'), array(select dp26.organization_id from deal_party dp26 where dp26.deal_id = t25.deal_id)) from exclusivity_term t25 where t25.valid_to_precision is not null and not (t25.kind = 'EXCLUSIVITY' or (t25.kind = 'LICENCE' and coalesce(t25.exclusive, false)))
            ) q6 where true order by coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date), q6.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [2,"DATE:ASC",3]
