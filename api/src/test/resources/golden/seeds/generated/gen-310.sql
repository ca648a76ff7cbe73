-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[array_length(a3.cursors, 1)] as "endCursor", exists (
            select 1 from (
              select (1::bigint << 40) + e4.id as id, 'EVENT' as kind, e4.id as fact_id, e4.title, e4.date_earliest, e4.date_latest, e4.date_precision, e4.date_text, array(select eo5.organization_id from event_organization eo5 where eo5.event_id = e4.id) as organization_ids from event e4 union all select (2::bigint << 40) + d6.id, 'DEAL_ANNOUNCED', d6.id, d6.title, d6.announced_earliest, d6.announced_latest, d6.announced_precision, d6.announced_text, array(select dp7.organization_id from deal_party dp7 where dp7.deal_id = d6.id) from deal d6 where d6.announced_precision is not null union all select (3::bigint << 40) + c8.id, 'COMMITMENT', c8.id, c8.description, c8.date_earliest, c8.date_latest, c8.date_precision, c8.date_text, array_remove(array[c8.committer_id, c8.recipient_id], null) from commitment c8 where c8.date_precision is not null union all select (4::bigint << 40) + s9.id, 'STATEMENT', s9.id, s9.quote, s9.date_earliest, s9.date_latest, s9.date_precision, s9.date_text, array(select coalesce(ss10.organization_id, p11.organization_id) from statement_speaker ss10 left join person p11 on p11.id = ss10.person_id where ss10.statement_id = s9.id) from statement s9 where s9.date_precision is not null union all select (5::bigint << 40) + t12.id, 'TERM_STARTED', t12.id, t12.scope, t12.valid_from_earliest, t12.valid_from_latest, t12.valid_from_precision, t12.valid_from_text, array[t12.grantor_id, t12.holder_id] from exclusive_term t12 where t12.valid_from_precision is not null union all select (6::bigint << 40) + t12.id, 'TERM_ENDED', t12.id, t12.scope, t12.valid_to_earliest, t12.valid_to_latest, t12.valid_to_precision, t12.valid_to_text, array[t12.grantor_id, t12.holder_id] from exclusive_term t12 where t12.valid_to_precision is not null union all select (7::bigint << 40) + d13.id, 'DEAL_STARTED', d13.id, d13.title, d13.effective_earliest, d13.effective_latest, d13.effective_precision, d13.effective_text, array(select dp14.organization_id from deal_party dp14 where dp14.deal_id = d13.id) from deal d13 where d13.effective_precision is not null union all select (8::bigint << 40) + d15.id, 'DEAL_ENDED', d15.id, d15.title, d15.ended_earliest, d15.ended_latest, d15.ended_precision, d15.ended_text, array(select dp16.organization_id from deal_party dp16 where dp16.deal_id = d15.id) from deal d15 where d15.ended_precision is not null union all select (9::bigint << 40) + c17.id, 'COMMITMENT_PERIOD_ENDED', c17.id, c17.description, c17.period_end_earliest, c17.period_end_latest, c17.period_end_precision, c17.period_end_text, array_remove(array[c17.committer_id, c17.recipient_id], null) from commitment c17 where c17.period_end_precision is not null union all select (10::bigint << 40) + k18.id, 'CONDITION_DEADLINE', k18.id, k18.words, k18.deadline_earliest, k18.deadline_latest, k18.deadline_precision, k18.deadline_text, array_remove(array[c19.committer_id, c19.recipient_id], null) from commitment_condition k18 join commitment c19 on c19.id = k18.commitment_id where k18.deadline_precision is not null union all select (11::bigint << 40) + t20.id, 'AGREEMENT_TERM_STARTED', t20.id, t20.scope, t20.valid_from_earliest, t20.valid_from_latest, t20.valid_from_precision, t20.valid_from_text, coalesce(nullif(array_remove(array[t20.grantor_id, t20.holder_id, t20.payer_id, t20.payee_id], null), '{}'), array(select dp21.organization_id from deal_party dp21 where dp21.deal_id = t20.deal_id)) from exclusivity_term t20 where t20.valid_from_precision is not null and not (t20.kind = 'EXCLUSIVITY' or (t20.kind = 'LICENCE' and coalesce(t20.exclusive, false))) union all select (12::bigint << 40) + t22.id, 'AGREEMENT_TERM_ENDED', t22.id, t22.scope, t22.valid_to_earliest, t22.valid_to_latest, t22.valid_to_precision, t22.valid_to_text, coalesce(nullif(array_remove(array[t22.grantor_id, t22.holder_id, t22.payer_id, t22.payee_id], null), '{}'), array(select dp23.organization_id from deal_party dp23 where dp23.deal_id = t22.deal_id)) from exclusivity_term t22 where t22.valid_to_precision is not null and not (t22.kind = 'EXCLUSIVITY' or (t22.kind = 'LICENCE' and coalesce(t22.exclusive, false)))
            ) q24 where (true) and (not (coalesce(q24.date_earliest, q24.date_latest, 'infinity'::date), q24.id) > (cast(? as date), ?))
          ) as "hasPreviousPage", a3.cursors[1] as "startCursor", a3.fetched > ? as "hasNextPage"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n25.cursor order by n25.ord) filter (where n25.ord <= ?)) as cursors, string_agg(n25.l0::text, ',' order by n25.ord) filter (where n25.ord <= ?) as l0 from (
          select row_number() over (order by t26.sort_0, t26.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t26.sort_0::text)]::text[], t26.id) as cursor, (
            select row_to_json(r27.*) from (
              select coalesce(to_json(t26.title), '{"$error":0}'::json) as "title", coalesce(to_json(t26.kind), '{"$error":1}'::json) as "kind", (
                select row_to_json(z28.*) from (
                  select (
                    select count(*) from citation q29 where case t26.kind when 'EVENT' then q29.event_id = t26.fact_id when 'DEAL_ANNOUNCED' then q29.deal_id = t26.fact_id when 'COMMITMENT' then q29.commitment_id = t26.fact_id when 'STATEMENT' then q29.statement_id = t26.fact_id when 'TERM_STARTED' then q29.exclusivity_term_id = t26.fact_id when 'TERM_ENDED' then q29.exclusivity_term_id = t26.fact_id when 'DEAL_STARTED' then q29.deal_id = t26.fact_id when 'DEAL_ENDED' then q29.deal_id = t26.fact_id when 'COMMITMENT_PERIOD_ENDED' then q29.commitment_id = t26.fact_id when 'CONDITION_DEADLINE' then q29.condition_id = t26.fact_id when 'AGREEMENT_TERM_STARTED' then q29.exclusivity_term_id = t26.fact_id when 'AGREEMENT_TERM_ENDED' then q29.exclusivity_term_id = t26.fact_id end
                  ) as "totalCount", (
                    select row_to_json(r30.*) from (
                      select a31.fetched > ? as "hasNextPage", false as "hasPreviousPage"
                    ) r30
                  ) as "pageInfo", ('[' || coalesce(a31.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n32.cursor order by n32.ord) filter (where n32.ord <= ?)) as cursors, string_agg(n32.l0::text, ',' order by n32.ord) filter (where n32.ord <= ?) as l0 from (
                      select row_number() over (order by t33.sort_0, t33.sort_1, t33.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t33.sort_0::text), dg_cursor_value(t33.sort_1::text)]::text[], t33.id) as cursor, (
                        select row_to_json(r34.*) from (
                          select t33.credited_outlet as "creditedOutlet", t33.end_offset as "endOffset", t33.start_offset as "startOffset", t33.excerpt as "excerpt"
                        ) r34
                      ) as l0 from (
                        select q29.*, q29.source_id as sort_0, q29.start_offset as sort_1 from citation q29 where case t26.kind when 'EVENT' then q29.event_id = t26.fact_id when 'DEAL_ANNOUNCED' then q29.deal_id = t26.fact_id when 'COMMITMENT' then q29.commitment_id = t26.fact_id when 'STATEMENT' then q29.statement_id = t26.fact_id when 'TERM_STARTED' then q29.exclusivity_term_id = t26.fact_id when 'TERM_ENDED' then q29.exclusivity_term_id = t26.fact_id when 'DEAL_STARTED' then q29.deal_id = t26.fact_id when 'DEAL_ENDED' then q29.deal_id = t26.fact_id when 'COMMITMENT_PERIOD_ENDED' then q29.commitment_id = t26.fact_id when 'CONDITION_DEADLINE' then q29.condition_id = t26.fact_id when 'AGREEMENT_TERM_STARTED' then q29.exclusivity_term_id = t26.fact_id when 'AGREEMENT_TERM_ENDED' then q29.exclusivity_term_id = t26.fact_id end order by q29.source_id, q29.start_offset, q29.id limit ?
                      ) t33
                    ) n32
                  ) a31
                ) z28
              ) as "citations", coalesce(to_json((case t26.kind when 'AGREEMENT_TERM_ENDED' then (
                select (
                  select row_to_json(r35.*) from (
                    select 'AgreementTerm'::text as "__typename"
                  ) r35
                ) from exclusivity_term c36 where c36.id = t26.fact_id limit 1
              ) when 'AGREEMENT_TERM_STARTED' then (
                select (
                  select row_to_json(r37.*) from (
                    select 'AgreementTerm'::text as "__typename"
                  ) r37
                ) from exclusivity_term c38 where c38.id = t26.fact_id limit 1
              ) when 'COMMITMENT' then (
                select (
                  select row_to_json(r39.*) from (
                    select 'Commitment'::text as "__typename"
                  ) r39
                ) from commitment c40 where c40.id = t26.fact_id limit 1
              ) when 'COMMITMENT_PERIOD_ENDED' then (
                select (
                  select row_to_json(r41.*) from (
                    select 'Commitment'::text as "__typename"
                  ) r41
                ) from commitment c42 where c42.id = t26.fact_id limit 1
              ) when 'CONDITION_DEADLINE' then (
                select (
                  select row_to_json(r43.*) from (
                    select 'Condition'::text as "__typename"
                  ) r43
                ) from commitment_condition c44 where c44.id = t26.fact_id limit 1
              ) when 'DEAL_ANNOUNCED' then (
                select (
                  select row_to_json(r45.*) from (
                    select 'Deal'::text as "__typename", c46.kind as "kind", c46.slug as "a1", c46.status as "status", coalesce(to_json(dg_global_id('Deal', c46.slug)), '{"$error":2}'::json) as "id", (
                      select row_to_json(z47.*) from (
                        select (
                          select count(*) from citation q48 where q48.deal_id = c46.id
                        ) as "totalCount", (
                          select row_to_json(r49.*) from (
                            select false as "hasPreviousPage", a50.cursors[array_length(a50.cursors, 1)] as "endCursor"
                          ) r49
                        ) as "pageInfo", ('[' || coalesce(a50.l0, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n51.cursor order by n51.ord) filter (where n51.ord <= ?)) as cursors, string_agg(n51.l0::text, ',' order by n51.ord) filter (where n51.ord <= ?) as l0 from (
                            select row_number() over (order by t52.sort_0, t52.sort_1, t52.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t52.sort_0::text), dg_cursor_value(t52.sort_1::text)]::text[], t52.id) as cursor, (
                              select row_to_json(r53.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t52.sort_0::text), dg_cursor_value(t52.sort_1::text)]::text[], t52.id) as "cursor"
                              ) r53
                            ) as l0 from (
                              select q48.*, q48.source_id as sort_0, q48.start_offset as sort_1 from citation q48 where q48.deal_id = c46.id order by q48.source_id, q48.start_offset, q48.id limit ?
                            ) t52
                          ) n51
                        ) a50
                      ) z47
                    ) as "citations"
                  ) r45
                ) from deal c46 where c46.id = t26.fact_id limit 1
              ) when 'DEAL_ENDED' then (
                select (
                  select row_to_json(r54.*) from (
                    select 'Deal'::text as "__typename", c55.kind as "kind", c55.slug as "a1", c55.status as "status", coalesce(to_json(dg_global_id('Deal', c55.slug)), '{"$error":3}'::json) as "id", (
                      select row_to_json(z56.*) from (
                        select (
                          select count(*) from citation q57 where q57.deal_id = c55.id
                        ) as "totalCount", (
                          select row_to_json(r58.*) from (
                            select false as "hasPreviousPage", a59.cursors[array_length(a59.cursors, 1)] as "endCursor"
                          ) r58
                        ) as "pageInfo", ('[' || coalesce(a59.l0, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n60.cursor order by n60.ord) filter (where n60.ord <= ?)) as cursors, string_agg(n60.l0::text, ',' order by n60.ord) filter (where n60.ord <= ?) as l0 from (
                            select row_number() over (order by t61.sort_0, t61.sort_1, t61.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t61.sort_0::text), dg_cursor_value(t61.sort_1::text)]::text[], t61.id) as cursor, (
                              select row_to_json(r62.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t61.sort_0::text), dg_cursor_value(t61.sort_1::text)]::text[], t61.id) as "cursor"
                              ) r62
                            ) as l0 from (
                              select q57.*, q57.source_id as sort_0, q57.start_offset as sort_1 from citation q57 where q57.deal_id = c55.id order by q57.source_id, q57.start_offset, q57.id limit ?
                            ) t61
                          ) n60
                        ) a59
                      ) z56
                    ) as "citations"
                  ) r54
                ) from deal c55 where c55.id = t26.fact_id limit 1
              ) when 'DEAL_STARTED' then (
                select (
                  select row_to_json(r63.*) from (
                    select 'Deal'::text as "__typename", c64.kind as "kind", c64.slug as "a1", c64.status as "status", coalesce(to_json(dg_global_id('Deal', c64.slug)), '{"$error":4}'::json) as "id", (
                      select row_to_json(z65.*) from (
                        select (
                          select count(*) from citation q66 where q66.deal_id = c64.id
                        ) as "totalCount", (
                          select row_to_json(r67.*) from (
                            select false as "hasPreviousPage", a68.cursors[array_length(a68.cursors, 1)] as "endCursor"
                          ) r67
                        ) as "pageInfo", ('[' || coalesce(a68.l0, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n69.cursor order by n69.ord) filter (where n69.ord <= ?)) as cursors, string_agg(n69.l0::text, ',' order by n69.ord) filter (where n69.ord <= ?) as l0 from (
                            select row_number() over (order by t70.sort_0, t70.sort_1, t70.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t70.sort_0::text), dg_cursor_value(t70.sort_1::text)]::text[], t70.id) as cursor, (
                              select row_to_json(r71.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t70.sort_0::text), dg_cursor_value(t70.sort_1::text)]::text[], t70.id) as "cursor"
                              ) r71
                            ) as l0 from (
                              select q66.*, q66.source_id as sort_0, q66.start_offset as sort_1 from citation q66 where q66.deal_id = c64.id order by q66.source_id, q66.start_offset, q66.id limit ?
                            ) t70
                          ) n69
                        ) a68
                      ) z65
                    ) as "citations"
                  ) r63
                ) from deal c64 where c64.id = t26.fact_id limit 1
              ) when 'EVENT' then (
                select (
                  select row_to_json(r72.*) from (
                    select 'Event'::text as "__typename"
                  ) r72
                ) from event c73 where c73.id = t26.fact_id limit 1
              ) when 'STATEMENT' then (
                select (
                  select row_to_json(r74.*) from (
                    select 'Statement'::text as "__typename"
                  ) r74
                ) from statement c75 where c75.id = t26.fact_id limit 1
              ) when 'TERM_ENDED' then (
                select (
                  select row_to_json(r76.*) from (
                    select 'ExclusivityTerm'::text as "__typename"
                  ) r76
                ) from exclusive_term c77 where c77.id = t26.fact_id limit 1
              ) when 'TERM_STARTED' then (
                select (
                  select row_to_json(r78.*) from (
                    select 'ExclusivityTerm'::text as "__typename"
                  ) r78
                ) from exclusive_term c79 where c79.id = t26.fact_id limit 1
              ) end)), '{"$error":5}'::json) as "fact"
            ) r27
          ) as l0 from (
            select q24.*, coalesce(q24.date_earliest, q24.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e4.id as id, 'EVENT' as kind, e4.id as fact_id, e4.title, e4.date_earliest, e4.date_latest, e4.date_precision, e4.date_text, array(select eo5.organization_id from event_organization eo5 where eo5.event_id = e4.id) as organization_ids from event e4 union all select (2::bigint << 40) + d6.id, 'DEAL_ANNOUNCED', d6.id, d6.title, d6.announced_earliest, d6.announced_latest, d6.announced_precision, d6.announced_text, array(select dp7.organization_id from deal_party dp7 where dp7.deal_id = d6.id) from deal d6 where d6.announced_precision is not null union all select (3::bigint << 40) + c8.id, 'COMMITMENT', c8.id, c8.description, c8.date_earliest, c8.date_latest, c8.date_precision, c8.date_text, array_remove(array[c8.committer_id, c8.recipient_id], null) from commitment c8 where c8.date_precision is not null union all select (4::bigint << 40) + s9.id, 'STATEMENT', s9.id, s9.quote, s9.date_earliest, s9.date_latest, s9.date_precision, s9.date_text, array(select coalesce(ss10.organization_id, p11.organization_id) from statement_speaker ss10 left join person p11 on p11.id = ss10.person_id where ss10.statement_id = s9.id) from statement s9 where s9.date_precision is not null union all select (5::bigint << 40) + t12.id, 'TERM_STARTED', t12.id, t12.scope, t12.valid_from_earliest, t12.valid_from_latest, t12.valid_from_precision, t12.valid_from_text, array[t12.grantor_id, t12.holder_id] from exclusive_term t12 where t12.valid_from_precision is not null union all select (6::bigint << 40) + t12.id, 'TERM_ENDED', t12.id, t12.scope, t12.valid_to_earliest, t12.valid_to_latest, t12.valid_to_precision, t12.valid_to_text, array[t12.grantor_id, t12.holder_id] from exclusive_term t12 where t12.valid_to_precision is not null union all select (7::bigint << 40) + d13.id, 'DEAL_STARTED', d13.id, d13.title, d13.effective_earliest, d13.effective_latest, d13.effective_precision, d13.effective_text, array(select dp14.organization_id from deal_party dp14 where dp14.deal_id = d13.id) from deal d13 where d13.effective_precision is not null union all select (8::bigint << 40) + d15.id, 'DEAL_ENDED', d15.id, d15.title, d15.ended_earliest, d15.ended_latest, d15.ended_precision, d15.ended_text, array(select dp16.organization_id from deal_party dp16 where dp16.deal_id = d15.id) from deal d15 where d15.ended_precision is not null union all select (9::bigint << 40) + c17.id, 'COMMITMENT_PERIOD_ENDED', c17.id, c17.description, c17.period_end_earliest, c17.period_end_latest, c17.period_end_precision, c17.period_end_text, array_remove(array[c17.committer_id, c17.recipient_id], null) from commitment c17 where c17.period_end_precision is not null union all select (10::bigint << 40) + k18.id, 'CONDITION_DEADLINE', k18.id, k18.words, k18.deadline_earliest, k18.deadline_latest, k18.deadline_precision, k18.deadline_text, array_remove(array[c19.committer_id, c19.recipient_id], null) from commitment_condition k18 join commitment c19 on c19.id = k18.commitment_id where k18.deadline_precision is not null union all select (11::bigint << 40) + t20.id, 'AGREEMENT_TERM_STARTED', t20.id, t20.scope, t20.valid_from_earliest, t20.valid_from_latest, t20.valid_from_precision, t20.valid_from_text, coalesce(nullif(array_remove(array[t20.grantor_id, t20.holder_id, t20.payer_id, t20.payee_id], null), '{}'), array(select dp21.organization_id from deal_party dp21 where dp21.deal_id = t20.deal_id)) from exclusivity_term t20 where t20.valid_from_precision is not null and not (t20.kind = 'EXCLUSIVITY' or (t20.kind = 'LICENCE' and coalesce(t20.exclusive, false))) union all select (12::bigint << 40) + t22.id, 'AGREEMENT_TERM_ENDED', t22.id, t22.scope, t22.valid_to_earliest, t22.valid_to_latest, t22.valid_to_precision, t22.valid_to_text, coalesce(nullif(array_remove(array[t22.grantor_id, t22.holder_id, t22.payer_id, t22.payee_id], null), '{}'), array(select dp23.organization_id from deal_party dp23 where dp23.deal_id = t22.deal_id)) from exclusivity_term t22 where t22.valid_to_precision is not null and not (t22.kind = 'EXCLUSIVITY' or (t22.kind = 'LICENCE' and coalesce(t22.exclusive, false)))
            ) q24 where (true) and ((coalesce(q24.date_earliest, q24.date_latest, 'infinity'::date), q24.id) > (cast(? as date), ?)) order by coalesce(q24.date_earliest, q24.date_latest, 'infinity'::date), q24.id limit ?
          ) t26
        ) n25
      ) a3
    ) z1
  )
)::text
-- values: ["2025-01-21",3298534883338,1,1,1,"DATE:ASC",1,1,1,"SOURCE_POSITION:ASC",2,3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,"2025-01-21",3298534883338,2]
