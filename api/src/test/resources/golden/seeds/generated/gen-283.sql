-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[array_length(a3.cursors, 1)] as "endCursor", false as "hasPreviousPage", a3.cursors[1] as "startCursor", a3.fetched > ? as "hasNextPage"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select coalesce(to_json(t5.title), '{"$error":0}'::json) as "title", coalesce(to_json(t5.kind), '{"$error":1}'::json) as "kind", (
                select row_to_json(z7.*) from (
                  select (
                    select count(*) from citation q8 where case t5.kind when 'EVENT' then q8.event_id = t5.fact_id when 'DEAL_ANNOUNCED' then q8.deal_id = t5.fact_id when 'COMMITMENT' then q8.commitment_id = t5.fact_id when 'STATEMENT' then q8.statement_id = t5.fact_id when 'TERM_STARTED' then q8.exclusivity_term_id = t5.fact_id when 'TERM_ENDED' then q8.exclusivity_term_id = t5.fact_id when 'DEAL_STARTED' then q8.deal_id = t5.fact_id when 'DEAL_ENDED' then q8.deal_id = t5.fact_id when 'COMMITMENT_PERIOD_ENDED' then q8.commitment_id = t5.fact_id when 'CONDITION_DEADLINE' then q8.condition_id = t5.fact_id when 'AGREEMENT_TERM_STARTED' then q8.exclusivity_term_id = t5.fact_id when 'AGREEMENT_TERM_ENDED' then q8.exclusivity_term_id = t5.fact_id end
                  ) as "totalCount", (
                    select row_to_json(r9.*) from (
                      select a10.fetched > ? as "hasNextPage", false as "hasPreviousPage"
                    ) r9
                  ) as "pageInfo", ('[' || coalesce(a10.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors, string_agg(n11.l0::text, ',' order by n11.ord) filter (where n11.ord <= ?) as l0 from (
                      select row_number() over (order by t12.sort_0, t12.sort_1, t12.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text), dg_cursor_value(t12.sort_1::text)]::text[], t12.id) as cursor, (
                        select row_to_json(r13.*) from (
                          select t12.credited_outlet as "creditedOutlet", t12.end_offset as "endOffset", t12.start_offset as "startOffset", t12.excerpt as "excerpt"
                        ) r13
                      ) as l0 from (
                        select q8.*, q8.source_id as sort_0, q8.start_offset as sort_1 from citation q8 where case t5.kind when 'EVENT' then q8.event_id = t5.fact_id when 'DEAL_ANNOUNCED' then q8.deal_id = t5.fact_id when 'COMMITMENT' then q8.commitment_id = t5.fact_id when 'STATEMENT' then q8.statement_id = t5.fact_id when 'TERM_STARTED' then q8.exclusivity_term_id = t5.fact_id when 'TERM_ENDED' then q8.exclusivity_term_id = t5.fact_id when 'DEAL_STARTED' then q8.deal_id = t5.fact_id when 'DEAL_ENDED' then q8.deal_id = t5.fact_id when 'COMMITMENT_PERIOD_ENDED' then q8.commitment_id = t5.fact_id when 'CONDITION_DEADLINE' then q8.condition_id = t5.fact_id when 'AGREEMENT_TERM_STARTED' then q8.exclusivity_term_id = t5.fact_id when 'AGREEMENT_TERM_ENDED' then q8.exclusivity_term_id = t5.fact_id end order by q8.source_id, q8.start_offset, q8.id limit ?
                      ) t12
                    ) n11
                  ) a10
                ) z7
              ) as "citations", coalesce(to_json((case t5.kind when 'AGREEMENT_TERM_ENDED' then (
                select (
                  select row_to_json(r14.*) from (
                    select 'AgreementTerm'::text as "__typename"
                  ) r14
                ) from exclusivity_term c15 where c15.id = t5.fact_id limit 1
              ) when 'AGREEMENT_TERM_STARTED' then (
                select (
                  select row_to_json(r16.*) from (
                    select 'AgreementTerm'::text as "__typename"
                  ) r16
                ) from exclusivity_term c17 where c17.id = t5.fact_id limit 1
              ) when 'COMMITMENT' then (
                select (
                  select row_to_json(r18.*) from (
                    select 'Commitment'::text as "__typename"
                  ) r18
                ) from commitment c19 where c19.id = t5.fact_id limit 1
              ) when 'COMMITMENT_PERIOD_ENDED' then (
                select (
                  select row_to_json(r20.*) from (
                    select 'Commitment'::text as "__typename"
                  ) r20
                ) from commitment c21 where c21.id = t5.fact_id limit 1
              ) when 'CONDITION_DEADLINE' then (
                select (
                  select row_to_json(r22.*) from (
                    select 'Condition'::text as "__typename"
                  ) r22
                ) from commitment_condition c23 where c23.id = t5.fact_id limit 1
              ) when 'DEAL_ANNOUNCED' then (
                select (
                  select row_to_json(r24.*) from (
                    select 'Deal'::text as "__typename", c25.kind as "kind", c25.slug as "a1", c25.status as "status", coalesce(to_json(dg_global_id('Deal', c25.slug)), '{"$error":2}'::json) as "id", (
                      select row_to_json(z26.*) from (
                        select (
                          select count(*) from citation q27 where q27.deal_id = c25.id
                        ) as "totalCount", (
                          select row_to_json(r28.*) from (
                            select false as "hasPreviousPage", a29.cursors[array_length(a29.cursors, 1)] as "endCursor"
                          ) r28
                        ) as "pageInfo", ('[' || coalesce(a29.l0, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n30.cursor order by n30.ord) filter (where n30.ord <= ?)) as cursors, string_agg(n30.l0::text, ',' order by n30.ord) filter (where n30.ord <= ?) as l0 from (
                            select row_number() over (order by t31.sort_0, t31.sort_1, t31.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t31.sort_0::text), dg_cursor_value(t31.sort_1::text)]::text[], t31.id) as cursor, (
                              select row_to_json(r32.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t31.sort_0::text), dg_cursor_value(t31.sort_1::text)]::text[], t31.id) as "cursor"
                              ) r32
                            ) as l0 from (
                              select q27.*, q27.source_id as sort_0, q27.start_offset as sort_1 from citation q27 where q27.deal_id = c25.id order by q27.source_id, q27.start_offset, q27.id limit ?
                            ) t31
                          ) n30
                        ) a29
                      ) z26
                    ) as "citations"
                  ) r24
                ) from deal c25 where c25.id = t5.fact_id limit 1
              ) when 'DEAL_ENDED' then (
                select (
                  select row_to_json(r33.*) from (
                    select 'Deal'::text as "__typename", c34.kind as "kind", c34.slug as "a1", c34.status as "status", coalesce(to_json(dg_global_id('Deal', c34.slug)), '{"$error":3}'::json) as "id", (
                      select row_to_json(z35.*) from (
                        select (
                          select count(*) from citation q36 where q36.deal_id = c34.id
                        ) as "totalCount", (
                          select row_to_json(r37.*) from (
                            select false as "hasPreviousPage", a38.cursors[array_length(a38.cursors, 1)] as "endCursor"
                          ) r37
                        ) as "pageInfo", ('[' || coalesce(a38.l0, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n39.cursor order by n39.ord) filter (where n39.ord <= ?)) as cursors, string_agg(n39.l0::text, ',' order by n39.ord) filter (where n39.ord <= ?) as l0 from (
                            select row_number() over (order by t40.sort_0, t40.sort_1, t40.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t40.sort_0::text), dg_cursor_value(t40.sort_1::text)]::text[], t40.id) as cursor, (
                              select row_to_json(r41.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t40.sort_0::text), dg_cursor_value(t40.sort_1::text)]::text[], t40.id) as "cursor"
                              ) r41
                            ) as l0 from (
                              select q36.*, q36.source_id as sort_0, q36.start_offset as sort_1 from citation q36 where q36.deal_id = c34.id order by q36.source_id, q36.start_offset, q36.id limit ?
                            ) t40
                          ) n39
                        ) a38
                      ) z35
                    ) as "citations"
                  ) r33
                ) from deal c34 where c34.id = t5.fact_id limit 1
              ) when 'DEAL_STARTED' then (
                select (
                  select row_to_json(r42.*) from (
                    select 'Deal'::text as "__typename", c43.kind as "kind", c43.slug as "a1", c43.status as "status", coalesce(to_json(dg_global_id('Deal', c43.slug)), '{"$error":4}'::json) as "id", (
                      select row_to_json(z44.*) from (
                        select (
                          select count(*) from citation q45 where q45.deal_id = c43.id
                        ) as "totalCount", (
                          select row_to_json(r46.*) from (
                            select false as "hasPreviousPage", a47.cursors[array_length(a47.cursors, 1)] as "endCursor"
                          ) r46
                        ) as "pageInfo", ('[' || coalesce(a47.l0, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n48.cursor order by n48.ord) filter (where n48.ord <= ?)) as cursors, string_agg(n48.l0::text, ',' order by n48.ord) filter (where n48.ord <= ?) as l0 from (
                            select row_number() over (order by t49.sort_0, t49.sort_1, t49.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t49.sort_0::text), dg_cursor_value(t49.sort_1::text)]::text[], t49.id) as cursor, (
                              select row_to_json(r50.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t49.sort_0::text), dg_cursor_value(t49.sort_1::text)]::text[], t49.id) as "cursor"
                              ) r50
                            ) as l0 from (
                              select q45.*, q45.source_id as sort_0, q45.start_offset as sort_1 from citation q45 where q45.deal_id = c43.id order by q45.source_id, q45.start_offset, q45.id limit ?
                            ) t49
                          ) n48
                        ) a47
                      ) z44
                    ) as "citations"
                  ) r42
                ) from deal c43 where c43.id = t5.fact_id limit 1
              ) when 'EVENT' then (
                select (
                  select row_to_json(r51.*) from (
                    select 'Event'::text as "__typename"
                  ) r51
                ) from event c52 where c52.id = t5.fact_id limit 1
              ) when 'STATEMENT' then (
                select (
                  select row_to_json(r53.*) from (
                    select 'Statement'::text as "__typename"
                  ) r53
                ) from statement c54 where c54.id = t5.fact_id limit 1
              ) when 'TERM_ENDED' then (
                select (
                  select row_to_json(r55.*) from (
                    select 'ExclusivityTerm'::text as "__typename"
                  ) r55
                ) from exclusive_term c56 where c56.id = t5.fact_id limit 1
              ) when 'TERM_STARTED' then (
                select (
                  select row_to_json(r57.*) from (
                    select 'ExclusivityTerm'::text as "__typename"
                  ) r57
                ) from exclusive_term c58 where c58.id = t5.fact_id limit 1
              ) end)), '{"$error":5}'::json) as "fact"
            ) r6
          ) as l0 from (
            select q59.*, coalesce(q59.date_earliest, q59.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e60.id as id, 'EVENT' as kind, e60.id as fact_id, e60.title, e60.date_earliest, e60.date_latest, e60.date_precision, e60.date_text, array(select eo61.organization_id from event_organization eo61 where eo61.event_id = e60.id) as organization_ids from event e60 union all select (2::bigint << 40) + d62.id, 'DEAL_ANNOUNCED', d62.id, d62.title, d62.announced_earliest, d62.announced_latest, d62.announced_precision, d62.announced_text, array(select dp63.organization_id from deal_party dp63 where dp63.deal_id = d62.id) from deal d62 where d62.announced_precision is not null union all select (3::bigint << 40) + c64.id, 'COMMITMENT', c64.id, c64.description, c64.date_earliest, c64.date_latest, c64.date_precision, c64.date_text, array_remove(array[c64.committer_id, c64.recipient_id], null) from commitment c64 where c64.date_precision is not null union all select (4::bigint << 40) + s65.id, 'STATEMENT', s65.id, s65.quote, s65.date_earliest, s65.date_latest, s65.date_precision, s65.date_text, array(select coalesce(ss66.organization_id, p67.organization_id) from statement_speaker ss66 left join person p67 on p67.id = ss66.person_id where ss66.statement_id = s65.id) from statement s65 where s65.date_precision is not null union all select (5::bigint << 40) + t68.id, 'TERM_STARTED', t68.id, t68.scope, t68.valid_from_earliest, t68.valid_from_latest, t68.valid_from_precision, t68.valid_from_text, array[t68.grantor_id, t68.holder_id] from exclusive_term t68 where t68.valid_from_precision is not null union all select (6::bigint << 40) + t68.id, 'TERM_ENDED', t68.id, t68.scope, t68.valid_to_earliest, t68.valid_to_latest, t68.valid_to_precision, t68.valid_to_text, array[t68.grantor_id, t68.holder_id] from exclusive_term t68 where t68.valid_to_precision is not null union all select (7::bigint << 40) + d69.id, 'DEAL_STARTED', d69.id, d69.title, d69.effective_earliest, d69.effective_latest, d69.effective_precision, d69.effective_text, array(select dp70.organization_id from deal_party dp70 where dp70.deal_id = d69.id) from deal d69 where d69.effective_precision is not null union all select (8::bigint << 40) + d71.id, 'DEAL_ENDED', d71.id, d71.title, d71.ended_earliest, d71.ended_latest, d71.ended_precision, d71.ended_text, array(select dp72.organization_id from deal_party dp72 where dp72.deal_id = d71.id) from deal d71 where d71.ended_precision is not null union all select (9::bigint << 40) + c73.id, 'COMMITMENT_PERIOD_ENDED', c73.id, c73.description, c73.period_end_earliest, c73.period_end_latest, c73.period_end_precision, c73.period_end_text, array_remove(array[c73.committer_id, c73.recipient_id], null) from commitment c73 where c73.period_end_precision is not null union all select (10::bigint << 40) + k74.id, 'CONDITION_DEADLINE', k74.id, k74.words, k74.deadline_earliest, k74.deadline_latest, k74.deadline_precision, k74.deadline_text, array_remove(array[c75.committer_id, c75.recipient_id], null) from commitment_condition k74 join commitment c75 on c75.id = k74.commitment_id where k74.deadline_precision is not null union all select (11::bigint << 40) + t76.id, 'AGREEMENT_TERM_STARTED', t76.id, t76.scope, t76.valid_from_earliest, t76.valid_from_latest, t76.valid_from_precision, t76.valid_from_text, coalesce(nullif(array_remove(array[t76.grantor_id, t76.holder_id, t76.payer_id, t76.payee_id], null), '{}'), array(select dp77.organization_id from deal_party dp77 where dp77.deal_id = t76.deal_id)) from exclusivity_term t76 where t76.valid_from_precision is not null and not (t76.kind = 'EXCLUSIVITY' or (t76.kind = 'LICENCE' and coalesce(t76.exclusive, false))) union all select (12::bigint << 40) + t78.id, 'AGREEMENT_TERM_ENDED', t78.id, t78.scope, t78.valid_to_earliest, t78.valid_to_latest, t78.valid_to_precision, t78.valid_to_text, coalesce(nullif(array_remove(array[t78.grantor_id, t78.holder_id, t78.payer_id, t78.payee_id], null), '{}'), array(select dp79.organization_id from deal_party dp79 where dp79.deal_id = t78.deal_id)) from exclusivity_term t78 where t78.valid_to_precision is not null and not (t78.kind = 'EXCLUSIVITY' or (t78.kind = 'LICENCE' and coalesce(t78.exclusive, false)))
            ) q59 where true order by coalesce(q59.date_earliest, q59.date_latest, 'infinity'::date), q59.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [1,1,1,"DATE:ASC",1,1,1,"SOURCE_POSITION:ASC",2,3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,2]
