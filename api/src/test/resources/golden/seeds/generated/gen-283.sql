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
                    select count(*) from citation q8 where case t5.kind when 'EVENT' then q8.event_id = t5.fact_id when 'DEAL_ANNOUNCED' then q8.deal_id = t5.fact_id when 'COMMITMENT' then q8.commitment_id = t5.fact_id when 'STATEMENT' then q8.statement_id = t5.fact_id when 'TERM_STARTED' then q8.exclusivity_term_id = t5.fact_id when 'TERM_ENDED' then q8.exclusivity_term_id = t5.fact_id when 'DEAL_STARTED' then q8.deal_id = t5.fact_id when 'DEAL_ENDED' then q8.deal_id = t5.fact_id when 'COMMITMENT_PERIOD_ENDED' then q8.commitment_id = t5.fact_id when 'CONDITION_DEADLINE' then q8.condition_id = t5.fact_id end
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
                        select q8.*, q8.source_id as sort_0, q8.start_offset as sort_1 from citation q8 where case t5.kind when 'EVENT' then q8.event_id = t5.fact_id when 'DEAL_ANNOUNCED' then q8.deal_id = t5.fact_id when 'COMMITMENT' then q8.commitment_id = t5.fact_id when 'STATEMENT' then q8.statement_id = t5.fact_id when 'TERM_STARTED' then q8.exclusivity_term_id = t5.fact_id when 'TERM_ENDED' then q8.exclusivity_term_id = t5.fact_id when 'DEAL_STARTED' then q8.deal_id = t5.fact_id when 'DEAL_ENDED' then q8.deal_id = t5.fact_id when 'COMMITMENT_PERIOD_ENDED' then q8.commitment_id = t5.fact_id when 'CONDITION_DEADLINE' then q8.condition_id = t5.fact_id end order by q8.source_id, q8.start_offset, q8.id limit ?
                      ) t12
                    ) n11
                  ) a10
                ) z7
              ) as "citations", coalesce(to_json((case t5.kind when 'COMMITMENT' then (
                select (
                  select row_to_json(r14.*) from (
                    select 'Commitment'::text as "__typename"
                  ) r14
                ) from commitment c15 where c15.id = t5.fact_id limit 1
              ) when 'COMMITMENT_PERIOD_ENDED' then (
                select (
                  select row_to_json(r16.*) from (
                    select 'Commitment'::text as "__typename"
                  ) r16
                ) from commitment c17 where c17.id = t5.fact_id limit 1
              ) when 'CONDITION_DEADLINE' then (
                select (
                  select row_to_json(r18.*) from (
                    select 'Condition'::text as "__typename"
                  ) r18
                ) from commitment_condition c19 where c19.id = t5.fact_id limit 1
              ) when 'DEAL_ANNOUNCED' then (
                select (
                  select row_to_json(r20.*) from (
                    select 'Deal'::text as "__typename", c21.kind as "kind", c21.slug as "a1", c21.status as "status", coalesce(to_json(dg_global_id('Deal', c21.slug)), '{"$error":2}'::json) as "id", (
                      select row_to_json(z22.*) from (
                        select (
                          select count(*) from citation q23 where q23.deal_id = c21.id
                        ) as "totalCount", (
                          select row_to_json(r24.*) from (
                            select false as "hasPreviousPage", a25.cursors[array_length(a25.cursors, 1)] as "endCursor"
                          ) r24
                        ) as "pageInfo", ('[' || coalesce(a25.l0, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n26.cursor order by n26.ord) filter (where n26.ord <= ?)) as cursors, string_agg(n26.l0::text, ',' order by n26.ord) filter (where n26.ord <= ?) as l0 from (
                            select row_number() over (order by t27.sort_0, t27.sort_1, t27.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t27.sort_0::text), dg_cursor_value(t27.sort_1::text)]::text[], t27.id) as cursor, (
                              select row_to_json(r28.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t27.sort_0::text), dg_cursor_value(t27.sort_1::text)]::text[], t27.id) as "cursor"
                              ) r28
                            ) as l0 from (
                              select q23.*, q23.source_id as sort_0, q23.start_offset as sort_1 from citation q23 where q23.deal_id = c21.id order by q23.source_id, q23.start_offset, q23.id limit ?
                            ) t27
                          ) n26
                        ) a25
                      ) z22
                    ) as "citations"
                  ) r20
                ) from deal c21 where c21.id = t5.fact_id limit 1
              ) when 'DEAL_ENDED' then (
                select (
                  select row_to_json(r29.*) from (
                    select 'Deal'::text as "__typename", c30.kind as "kind", c30.slug as "a1", c30.status as "status", coalesce(to_json(dg_global_id('Deal', c30.slug)), '{"$error":3}'::json) as "id", (
                      select row_to_json(z31.*) from (
                        select (
                          select count(*) from citation q32 where q32.deal_id = c30.id
                        ) as "totalCount", (
                          select row_to_json(r33.*) from (
                            select false as "hasPreviousPage", a34.cursors[array_length(a34.cursors, 1)] as "endCursor"
                          ) r33
                        ) as "pageInfo", ('[' || coalesce(a34.l0, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n35.cursor order by n35.ord) filter (where n35.ord <= ?)) as cursors, string_agg(n35.l0::text, ',' order by n35.ord) filter (where n35.ord <= ?) as l0 from (
                            select row_number() over (order by t36.sort_0, t36.sort_1, t36.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t36.sort_0::text), dg_cursor_value(t36.sort_1::text)]::text[], t36.id) as cursor, (
                              select row_to_json(r37.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t36.sort_0::text), dg_cursor_value(t36.sort_1::text)]::text[], t36.id) as "cursor"
                              ) r37
                            ) as l0 from (
                              select q32.*, q32.source_id as sort_0, q32.start_offset as sort_1 from citation q32 where q32.deal_id = c30.id order by q32.source_id, q32.start_offset, q32.id limit ?
                            ) t36
                          ) n35
                        ) a34
                      ) z31
                    ) as "citations"
                  ) r29
                ) from deal c30 where c30.id = t5.fact_id limit 1
              ) when 'DEAL_STARTED' then (
                select (
                  select row_to_json(r38.*) from (
                    select 'Deal'::text as "__typename", c39.kind as "kind", c39.slug as "a1", c39.status as "status", coalesce(to_json(dg_global_id('Deal', c39.slug)), '{"$error":4}'::json) as "id", (
                      select row_to_json(z40.*) from (
                        select (
                          select count(*) from citation q41 where q41.deal_id = c39.id
                        ) as "totalCount", (
                          select row_to_json(r42.*) from (
                            select false as "hasPreviousPage", a43.cursors[array_length(a43.cursors, 1)] as "endCursor"
                          ) r42
                        ) as "pageInfo", ('[' || coalesce(a43.l0, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n44.cursor order by n44.ord) filter (where n44.ord <= ?)) as cursors, string_agg(n44.l0::text, ',' order by n44.ord) filter (where n44.ord <= ?) as l0 from (
                            select row_number() over (order by t45.sort_0, t45.sort_1, t45.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t45.sort_0::text), dg_cursor_value(t45.sort_1::text)]::text[], t45.id) as cursor, (
                              select row_to_json(r46.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t45.sort_0::text), dg_cursor_value(t45.sort_1::text)]::text[], t45.id) as "cursor"
                              ) r46
                            ) as l0 from (
                              select q41.*, q41.source_id as sort_0, q41.start_offset as sort_1 from citation q41 where q41.deal_id = c39.id order by q41.source_id, q41.start_offset, q41.id limit ?
                            ) t45
                          ) n44
                        ) a43
                      ) z40
                    ) as "citations"
                  ) r38
                ) from deal c39 where c39.id = t5.fact_id limit 1
              ) when 'EVENT' then (
                select (
                  select row_to_json(r47.*) from (
                    select 'Event'::text as "__typename"
                  ) r47
                ) from event c48 where c48.id = t5.fact_id limit 1
              ) when 'STATEMENT' then (
                select (
                  select row_to_json(r49.*) from (
                    select 'Statement'::text as "__typename"
                  ) r49
                ) from statement c50 where c50.id = t5.fact_id limit 1
              ) when 'TERM_ENDED' then (
                select (
                  select row_to_json(r51.*) from (
                    select 'ExclusivityTerm'::text as "__typename"
                  ) r51
                ) from exclusivity_term c52 where c52.id = t5.fact_id limit 1
              ) when 'TERM_STARTED' then (
                select (
                  select row_to_json(r53.*) from (
                    select 'ExclusivityTerm'::text as "__typename"
                  ) r53
                ) from exclusivity_term c54 where c54.id = t5.fact_id limit 1
              ) end)), '{"$error":5}'::json) as "fact"
            ) r6
          ) as l0 from (
            select q55.*, coalesce(q55.date_earliest, q55.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e56.id as id, 'EVENT' as kind, e56.id as fact_id, e56.title, e56.date_earliest, e56.date_latest, e56.date_precision, e56.date_text, array(select eo57.organization_id from event_organization eo57 where eo57.event_id = e56.id) as organization_ids from event e56 union all select (2::bigint << 40) + d58.id, 'DEAL_ANNOUNCED', d58.id, d58.title, d58.announced_earliest, d58.announced_latest, d58.announced_precision, d58.announced_text, array(select dp59.organization_id from deal_party dp59 where dp59.deal_id = d58.id) from deal d58 where d58.announced_precision is not null union all select (3::bigint << 40) + c60.id, 'COMMITMENT', c60.id, c60.description, c60.date_earliest, c60.date_latest, c60.date_precision, c60.date_text, array_remove(array[c60.committer_id, c60.recipient_id], null) from commitment c60 where c60.date_precision is not null union all select (4::bigint << 40) + s61.id, 'STATEMENT', s61.id, s61.quote, s61.date_earliest, s61.date_latest, s61.date_precision, s61.date_text, array(select coalesce(ss62.organization_id, p63.organization_id) from statement_speaker ss62 left join person p63 on p63.id = ss62.person_id where ss62.statement_id = s61.id) from statement s61 where s61.date_precision is not null union all select (5::bigint << 40) + t64.id, 'TERM_STARTED', t64.id, t64.scope, t64.valid_from_earliest, t64.valid_from_latest, t64.valid_from_precision, t64.valid_from_text, array[t64.grantor_id, t64.holder_id] from exclusivity_term t64 where t64.valid_from_precision is not null union all select (6::bigint << 40) + t64.id, 'TERM_ENDED', t64.id, t64.scope, t64.valid_to_earliest, t64.valid_to_latest, t64.valid_to_precision, t64.valid_to_text, array[t64.grantor_id, t64.holder_id] from exclusivity_term t64 where t64.valid_to_precision is not null union all select (7::bigint << 40) + d65.id, 'DEAL_STARTED', d65.id, d65.title, d65.effective_earliest, d65.effective_latest, d65.effective_precision, d65.effective_text, array(select dp66.organization_id from deal_party dp66 where dp66.deal_id = d65.id) from deal d65 where d65.effective_precision is not null union all select (8::bigint << 40) + d67.id, 'DEAL_ENDED', d67.id, d67.title, d67.ended_earliest, d67.ended_latest, d67.ended_precision, d67.ended_text, array(select dp68.organization_id from deal_party dp68 where dp68.deal_id = d67.id) from deal d67 where d67.ended_precision is not null union all select (9::bigint << 40) + c69.id, 'COMMITMENT_PERIOD_ENDED', c69.id, c69.description, c69.period_end_earliest, c69.period_end_latest, c69.period_end_precision, c69.period_end_text, array_remove(array[c69.committer_id, c69.recipient_id], null) from commitment c69 where c69.period_end_precision is not null union all select (10::bigint << 40) + k70.id, 'CONDITION_DEADLINE', k70.id, k70.words, k70.deadline_earliest, k70.deadline_latest, k70.deadline_precision, k70.deadline_text, array_remove(array[c71.committer_id, c71.recipient_id], null) from commitment_condition k70 join commitment c71 on c71.id = k70.commitment_id where k70.deadline_precision is not null
            ) q55 where true order by coalesce(q55.date_earliest, q55.date_latest, 'infinity'::date), q55.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [1,1,1,"DATE:ASC",1,1,1,"SOURCE_POSITION:ASC",2,3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,2]
