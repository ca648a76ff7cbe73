-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[array_length(a3.cursors, 1)] as "endCursor", exists (
            select 1 from (
              select (1::bigint << 40) + e4.id as id, 'EVENT' as kind, e4.id as fact_id, e4.title, e4.date_earliest, e4.date_latest, e4.date_precision, e4.date_text, array(select eo5.organization_id from event_organization eo5 where eo5.event_id = e4.id) as organization_ids from event e4 union all select (2::bigint << 40) + d6.id, 'DEAL_ANNOUNCED', d6.id, d6.title, d6.announced_earliest, d6.announced_latest, d6.announced_precision, d6.announced_text, array(select dp7.organization_id from deal_party dp7 where dp7.deal_id = d6.id) from deal d6 where d6.announced_precision is not null union all select (3::bigint << 40) + c8.id, 'COMMITMENT', c8.id, c8.description, c8.date_earliest, c8.date_latest, c8.date_precision, c8.date_text, array_remove(array[c8.committer_id, c8.recipient_id], null) from commitment c8 where c8.date_precision is not null union all select (4::bigint << 40) + s9.id, 'STATEMENT', s9.id, s9.quote, s9.date_earliest, s9.date_latest, s9.date_precision, s9.date_text, array(select coalesce(ss10.organization_id, p11.organization_id) from statement_speaker ss10 left join person p11 on p11.id = ss10.person_id where ss10.statement_id = s9.id) from statement s9 where s9.date_precision is not null union all select (5::bigint << 40) + t12.id, 'TERM_STARTED', t12.id, t12.scope, t12.valid_from_earliest, t12.valid_from_latest, t12.valid_from_precision, t12.valid_from_text, array[t12.grantor_id, t12.holder_id] from exclusivity_term t12 where t12.valid_from_precision is not null union all select (6::bigint << 40) + t12.id, 'TERM_ENDED', t12.id, t12.scope, t12.valid_to_earliest, t12.valid_to_latest, t12.valid_to_precision, t12.valid_to_text, array[t12.grantor_id, t12.holder_id] from exclusivity_term t12 where t12.valid_to_precision is not null union all select (7::bigint << 40) + d13.id, 'DEAL_STARTED', d13.id, d13.title, d13.effective_earliest, d13.effective_latest, d13.effective_precision, d13.effective_text, array(select dp14.organization_id from deal_party dp14 where dp14.deal_id = d13.id) from deal d13 where d13.effective_precision is not null union all select (8::bigint << 40) + d15.id, 'DEAL_ENDED', d15.id, d15.title, d15.ended_earliest, d15.ended_latest, d15.ended_precision, d15.ended_text, array(select dp16.organization_id from deal_party dp16 where dp16.deal_id = d15.id) from deal d15 where d15.ended_precision is not null union all select (9::bigint << 40) + c17.id, 'COMMITMENT_PERIOD_ENDED', c17.id, c17.description, c17.period_end_earliest, c17.period_end_latest, c17.period_end_precision, c17.period_end_text, array_remove(array[c17.committer_id, c17.recipient_id], null) from commitment c17 where c17.period_end_precision is not null union all select (10::bigint << 40) + k18.id, 'CONDITION_DEADLINE', k18.id, k18.words, k18.deadline_earliest, k18.deadline_latest, k18.deadline_precision, k18.deadline_text, array_remove(array[c19.committer_id, c19.recipient_id], null) from commitment_condition k18 join commitment c19 on c19.id = k18.commitment_id where k18.deadline_precision is not null
            ) q20 where (true) and (not (coalesce(q20.date_earliest, q20.date_latest, 'infinity'::date), q20.id) > (cast(? as date), ?))
          ) as "hasPreviousPage", a3.cursors[1] as "startCursor", a3.fetched > ? as "hasNextPage"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n21.cursor order by n21.ord) filter (where n21.ord <= ?)) as cursors, string_agg(n21.l0::text, ',' order by n21.ord) filter (where n21.ord <= ?) as l0 from (
          select row_number() over (order by t22.sort_0, t22.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t22.sort_0::text)]::text[], t22.id) as cursor, (
            select row_to_json(r23.*) from (
              select coalesce(to_json(t22.title), '{"$error":0}'::json) as "title", coalesce(to_json(t22.kind), '{"$error":1}'::json) as "kind", (
                select row_to_json(z24.*) from (
                  select (
                    select count(*) from citation q25 where case t22.kind when 'EVENT' then q25.event_id = t22.fact_id when 'DEAL_ANNOUNCED' then q25.deal_id = t22.fact_id when 'COMMITMENT' then q25.commitment_id = t22.fact_id when 'STATEMENT' then q25.statement_id = t22.fact_id when 'TERM_STARTED' then q25.exclusivity_term_id = t22.fact_id when 'TERM_ENDED' then q25.exclusivity_term_id = t22.fact_id when 'DEAL_STARTED' then q25.deal_id = t22.fact_id when 'DEAL_ENDED' then q25.deal_id = t22.fact_id when 'COMMITMENT_PERIOD_ENDED' then q25.commitment_id = t22.fact_id when 'CONDITION_DEADLINE' then q25.condition_id = t22.fact_id end
                  ) as "totalCount", (
                    select row_to_json(r26.*) from (
                      select a27.fetched > ? as "hasNextPage", false as "hasPreviousPage"
                    ) r26
                  ) as "pageInfo", ('[' || coalesce(a27.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n28.cursor order by n28.ord) filter (where n28.ord <= ?)) as cursors, string_agg(n28.l0::text, ',' order by n28.ord) filter (where n28.ord <= ?) as l0 from (
                      select row_number() over (order by t29.sort_0, t29.sort_1, t29.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t29.sort_0::text), dg_cursor_value(t29.sort_1::text)]::text[], t29.id) as cursor, (
                        select row_to_json(r30.*) from (
                          select t29.credited_outlet as "creditedOutlet", t29.end_offset as "endOffset", t29.start_offset as "startOffset", t29.excerpt as "excerpt"
                        ) r30
                      ) as l0 from (
                        select q25.*, q25.source_id as sort_0, q25.start_offset as sort_1 from citation q25 where case t22.kind when 'EVENT' then q25.event_id = t22.fact_id when 'DEAL_ANNOUNCED' then q25.deal_id = t22.fact_id when 'COMMITMENT' then q25.commitment_id = t22.fact_id when 'STATEMENT' then q25.statement_id = t22.fact_id when 'TERM_STARTED' then q25.exclusivity_term_id = t22.fact_id when 'TERM_ENDED' then q25.exclusivity_term_id = t22.fact_id when 'DEAL_STARTED' then q25.deal_id = t22.fact_id when 'DEAL_ENDED' then q25.deal_id = t22.fact_id when 'COMMITMENT_PERIOD_ENDED' then q25.commitment_id = t22.fact_id when 'CONDITION_DEADLINE' then q25.condition_id = t22.fact_id end order by q25.source_id, q25.start_offset, q25.id limit ?
                      ) t29
                    ) n28
                  ) a27
                ) z24
              ) as "citations", coalesce(to_json((case t22.kind when 'COMMITMENT' then (
                select (
                  select row_to_json(r31.*) from (
                    select 'Commitment'::text as "__typename"
                  ) r31
                ) from commitment c32 where c32.id = t22.fact_id limit 1
              ) when 'COMMITMENT_PERIOD_ENDED' then (
                select (
                  select row_to_json(r33.*) from (
                    select 'Commitment'::text as "__typename"
                  ) r33
                ) from commitment c34 where c34.id = t22.fact_id limit 1
              ) when 'CONDITION_DEADLINE' then (
                select (
                  select row_to_json(r35.*) from (
                    select 'Condition'::text as "__typename"
                  ) r35
                ) from commitment_condition c36 where c36.id = t22.fact_id limit 1
              ) when 'DEAL_ANNOUNCED' then (
                select (
                  select row_to_json(r37.*) from (
                    select 'Deal'::text as "__typename", c38.kind as "kind", c38.slug as "a1", c38.status as "status", coalesce(to_json(dg_global_id('Deal', c38.slug)), '{"$error":2}'::json) as "id", (
                      select row_to_json(z39.*) from (
                        select (
                          select count(*) from citation q40 where q40.deal_id = c38.id
                        ) as "totalCount", (
                          select row_to_json(r41.*) from (
                            select false as "hasPreviousPage", a42.cursors[array_length(a42.cursors, 1)] as "endCursor"
                          ) r41
                        ) as "pageInfo", ('[' || coalesce(a42.l0, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n43.cursor order by n43.ord) filter (where n43.ord <= ?)) as cursors, string_agg(n43.l0::text, ',' order by n43.ord) filter (where n43.ord <= ?) as l0 from (
                            select row_number() over (order by t44.sort_0, t44.sort_1, t44.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t44.sort_0::text), dg_cursor_value(t44.sort_1::text)]::text[], t44.id) as cursor, (
                              select row_to_json(r45.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t44.sort_0::text), dg_cursor_value(t44.sort_1::text)]::text[], t44.id) as "cursor"
                              ) r45
                            ) as l0 from (
                              select q40.*, q40.source_id as sort_0, q40.start_offset as sort_1 from citation q40 where q40.deal_id = c38.id order by q40.source_id, q40.start_offset, q40.id limit ?
                            ) t44
                          ) n43
                        ) a42
                      ) z39
                    ) as "citations"
                  ) r37
                ) from deal c38 where c38.id = t22.fact_id limit 1
              ) when 'DEAL_ENDED' then (
                select (
                  select row_to_json(r46.*) from (
                    select 'Deal'::text as "__typename", c47.kind as "kind", c47.slug as "a1", c47.status as "status", coalesce(to_json(dg_global_id('Deal', c47.slug)), '{"$error":3}'::json) as "id", (
                      select row_to_json(z48.*) from (
                        select (
                          select count(*) from citation q49 where q49.deal_id = c47.id
                        ) as "totalCount", (
                          select row_to_json(r50.*) from (
                            select false as "hasPreviousPage", a51.cursors[array_length(a51.cursors, 1)] as "endCursor"
                          ) r50
                        ) as "pageInfo", ('[' || coalesce(a51.l0, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n52.cursor order by n52.ord) filter (where n52.ord <= ?)) as cursors, string_agg(n52.l0::text, ',' order by n52.ord) filter (where n52.ord <= ?) as l0 from (
                            select row_number() over (order by t53.sort_0, t53.sort_1, t53.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t53.sort_0::text), dg_cursor_value(t53.sort_1::text)]::text[], t53.id) as cursor, (
                              select row_to_json(r54.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t53.sort_0::text), dg_cursor_value(t53.sort_1::text)]::text[], t53.id) as "cursor"
                              ) r54
                            ) as l0 from (
                              select q49.*, q49.source_id as sort_0, q49.start_offset as sort_1 from citation q49 where q49.deal_id = c47.id order by q49.source_id, q49.start_offset, q49.id limit ?
                            ) t53
                          ) n52
                        ) a51
                      ) z48
                    ) as "citations"
                  ) r46
                ) from deal c47 where c47.id = t22.fact_id limit 1
              ) when 'DEAL_STARTED' then (
                select (
                  select row_to_json(r55.*) from (
                    select 'Deal'::text as "__typename", c56.kind as "kind", c56.slug as "a1", c56.status as "status", coalesce(to_json(dg_global_id('Deal', c56.slug)), '{"$error":4}'::json) as "id", (
                      select row_to_json(z57.*) from (
                        select (
                          select count(*) from citation q58 where q58.deal_id = c56.id
                        ) as "totalCount", (
                          select row_to_json(r59.*) from (
                            select false as "hasPreviousPage", a60.cursors[array_length(a60.cursors, 1)] as "endCursor"
                          ) r59
                        ) as "pageInfo", ('[' || coalesce(a60.l0, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n61.cursor order by n61.ord) filter (where n61.ord <= ?)) as cursors, string_agg(n61.l0::text, ',' order by n61.ord) filter (where n61.ord <= ?) as l0 from (
                            select row_number() over (order by t62.sort_0, t62.sort_1, t62.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t62.sort_0::text), dg_cursor_value(t62.sort_1::text)]::text[], t62.id) as cursor, (
                              select row_to_json(r63.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t62.sort_0::text), dg_cursor_value(t62.sort_1::text)]::text[], t62.id) as "cursor"
                              ) r63
                            ) as l0 from (
                              select q58.*, q58.source_id as sort_0, q58.start_offset as sort_1 from citation q58 where q58.deal_id = c56.id order by q58.source_id, q58.start_offset, q58.id limit ?
                            ) t62
                          ) n61
                        ) a60
                      ) z57
                    ) as "citations"
                  ) r55
                ) from deal c56 where c56.id = t22.fact_id limit 1
              ) when 'EVENT' then (
                select (
                  select row_to_json(r64.*) from (
                    select 'Event'::text as "__typename"
                  ) r64
                ) from event c65 where c65.id = t22.fact_id limit 1
              ) when 'STATEMENT' then (
                select (
                  select row_to_json(r66.*) from (
                    select 'Statement'::text as "__typename"
                  ) r66
                ) from statement c67 where c67.id = t22.fact_id limit 1
              ) when 'TERM_ENDED' then (
                select (
                  select row_to_json(r68.*) from (
                    select 'ExclusivityTerm'::text as "__typename"
                  ) r68
                ) from exclusivity_term c69 where c69.id = t22.fact_id limit 1
              ) when 'TERM_STARTED' then (
                select (
                  select row_to_json(r70.*) from (
                    select 'ExclusivityTerm'::text as "__typename"
                  ) r70
                ) from exclusivity_term c71 where c71.id = t22.fact_id limit 1
              ) end)), '{"$error":5}'::json) as "fact"
            ) r23
          ) as l0 from (
            select q20.*, coalesce(q20.date_earliest, q20.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e4.id as id, 'EVENT' as kind, e4.id as fact_id, e4.title, e4.date_earliest, e4.date_latest, e4.date_precision, e4.date_text, array(select eo5.organization_id from event_organization eo5 where eo5.event_id = e4.id) as organization_ids from event e4 union all select (2::bigint << 40) + d6.id, 'DEAL_ANNOUNCED', d6.id, d6.title, d6.announced_earliest, d6.announced_latest, d6.announced_precision, d6.announced_text, array(select dp7.organization_id from deal_party dp7 where dp7.deal_id = d6.id) from deal d6 where d6.announced_precision is not null union all select (3::bigint << 40) + c8.id, 'COMMITMENT', c8.id, c8.description, c8.date_earliest, c8.date_latest, c8.date_precision, c8.date_text, array_remove(array[c8.committer_id, c8.recipient_id], null) from commitment c8 where c8.date_precision is not null union all select (4::bigint << 40) + s9.id, 'STATEMENT', s9.id, s9.quote, s9.date_earliest, s9.date_latest, s9.date_precision, s9.date_text, array(select coalesce(ss10.organization_id, p11.organization_id) from statement_speaker ss10 left join person p11 on p11.id = ss10.person_id where ss10.statement_id = s9.id) from statement s9 where s9.date_precision is not null union all select (5::bigint << 40) + t12.id, 'TERM_STARTED', t12.id, t12.scope, t12.valid_from_earliest, t12.valid_from_latest, t12.valid_from_precision, t12.valid_from_text, array[t12.grantor_id, t12.holder_id] from exclusivity_term t12 where t12.valid_from_precision is not null union all select (6::bigint << 40) + t12.id, 'TERM_ENDED', t12.id, t12.scope, t12.valid_to_earliest, t12.valid_to_latest, t12.valid_to_precision, t12.valid_to_text, array[t12.grantor_id, t12.holder_id] from exclusivity_term t12 where t12.valid_to_precision is not null union all select (7::bigint << 40) + d13.id, 'DEAL_STARTED', d13.id, d13.title, d13.effective_earliest, d13.effective_latest, d13.effective_precision, d13.effective_text, array(select dp14.organization_id from deal_party dp14 where dp14.deal_id = d13.id) from deal d13 where d13.effective_precision is not null union all select (8::bigint << 40) + d15.id, 'DEAL_ENDED', d15.id, d15.title, d15.ended_earliest, d15.ended_latest, d15.ended_precision, d15.ended_text, array(select dp16.organization_id from deal_party dp16 where dp16.deal_id = d15.id) from deal d15 where d15.ended_precision is not null union all select (9::bigint << 40) + c17.id, 'COMMITMENT_PERIOD_ENDED', c17.id, c17.description, c17.period_end_earliest, c17.period_end_latest, c17.period_end_precision, c17.period_end_text, array_remove(array[c17.committer_id, c17.recipient_id], null) from commitment c17 where c17.period_end_precision is not null union all select (10::bigint << 40) + k18.id, 'CONDITION_DEADLINE', k18.id, k18.words, k18.deadline_earliest, k18.deadline_latest, k18.deadline_precision, k18.deadline_text, array_remove(array[c19.committer_id, c19.recipient_id], null) from commitment_condition k18 join commitment c19 on c19.id = k18.commitment_id where k18.deadline_precision is not null
            ) q20 where (true) and ((coalesce(q20.date_earliest, q20.date_latest, 'infinity'::date), q20.id) > (cast(? as date), ?)) order by coalesce(q20.date_earliest, q20.date_latest, 'infinity'::date), q20.id limit ?
          ) t22
        ) n21
      ) a3
    ) z1
  )
)::text
-- values: ["2025-01-21",2199023255560,1,1,1,"DATE:ASC",1,1,1,"SOURCE_POSITION:ASC",2,3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,"2025-01-21",2199023255560,2]
