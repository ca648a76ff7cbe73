-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_to_precision is not null union all select (7::bigint << 40) + d11.id, 'DEAL_STARTED', d11.id, d11.title, d11.effective_earliest, d11.effective_latest, d11.effective_precision, d11.effective_text, array(select dp12.organization_id from deal_party dp12 where dp12.deal_id = d11.id) from deal d11 where d11.effective_precision is not null union all select (8::bigint << 40) + d13.id, 'DEAL_ENDED', d13.id, d13.title, d13.ended_earliest, d13.ended_latest, d13.ended_precision, d13.ended_text, array(select dp14.organization_id from deal_party dp14 where dp14.deal_id = d13.id) from deal d13 where d13.ended_precision is not null union all select (9::bigint << 40) + c15.id, 'COMMITMENT_PERIOD_ENDED', c15.id, c15.description, c15.period_end_earliest, c15.period_end_latest, c15.period_end_precision, c15.period_end_text, array_remove(array[c15.committer_id, c15.recipient_id], null) from commitment c15 where c15.period_end_precision is not null union all select (10::bigint << 40) + k16.id, 'CONDITION_DEADLINE', k16.id, k16.words, k16.deadline_earliest, k16.deadline_latest, k16.deadline_precision, k16.deadline_text, array_remove(array[c17.committer_id, c17.recipient_id], null) from commitment_condition k16 join commitment c17 on c17.id = k16.commitment_id where k16.deadline_precision is not null
        ) q18 where true
      ) as "totalCount", ('[' || coalesce(a19.l0, '') || ']')::json as "edges", ('[' || coalesce(a19.l1, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n20.cursor order by n20.ord) filter (where n20.ord <= ?)) as cursors, string_agg(n20.l0::text, ',' order by n20.ord) filter (where n20.ord <= ?) as l0, string_agg(n20.l1::text, ',' order by n20.ord) filter (where n20.ord <= ?) as l1 from (
          select row_number() over (order by t21.sort_0, t21.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t21.sort_0::text)]::text[], t21.id) as cursor, (
            select row_to_json(r22.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t21.sort_0::text)]::text[], t21.id) as "cursor"
            ) r22
          ) as l0, (
            select row_to_json(r23.*) from (
              select coalesce(to_json(t21.title), '{"$error":0}'::json) as "title", coalesce(to_json(t21.kind), '{"$error":1}'::json) as "kind", coalesce(to_json((case when t21.date_precision is null then null else (
                select row_to_json(r24.*) from (
                  select t21.date_latest as "latest", coalesce(to_json(t21.date_text), '{"$error":2}'::json) as "a1", t21.date_earliest as "earliest"
                ) r24
              ) end)), '{"$error":3}'::json) as "date", coalesce(to_json((case t21.kind when 'COMMITMENT' then (
                select (
                  select row_to_json(r25.*) from (
                    select 'Commitment'::text as "__typename", c26.resource as "resource"
                  ) r25
                ) from commitment c26 where c26.id = t21.fact_id limit 1
              ) when 'COMMITMENT_PERIOD_ENDED' then (
                select (
                  select row_to_json(r27.*) from (
                    select 'Commitment'::text as "__typename", c28.resource as "resource"
                  ) r27
                ) from commitment c28 where c28.id = t21.fact_id limit 1
              ) when 'CONDITION_DEADLINE' then (
                select (
                  select row_to_json(r29.*) from (
                    select 'Condition'::text as "__typename"
                  ) r29
                ) from commitment_condition c30 where c30.id = t21.fact_id limit 1
              ) when 'DEAL_ANNOUNCED' then (
                select (
                  select row_to_json(r31.*) from (
                    select 'Deal'::text as "__typename"
                  ) r31
                ) from deal c32 where c32.id = t21.fact_id limit 1
              ) when 'DEAL_ENDED' then (
                select (
                  select row_to_json(r33.*) from (
                    select 'Deal'::text as "__typename"
                  ) r33
                ) from deal c34 where c34.id = t21.fact_id limit 1
              ) when 'DEAL_STARTED' then (
                select (
                  select row_to_json(r35.*) from (
                    select 'Deal'::text as "__typename"
                  ) r35
                ) from deal c36 where c36.id = t21.fact_id limit 1
              ) when 'EVENT' then (
                select (
                  select row_to_json(r37.*) from (
                    select 'Event'::text as "__typename"
                  ) r37
                ) from event c38 where c38.id = t21.fact_id limit 1
              ) when 'STATEMENT' then (
                select (
                  select row_to_json(r39.*) from (
                    select 'Statement'::text as "__typename", c40.channel as "channel", coalesce(to_json(array(select o41.outlet from (
                      select distinct trim(o42.outlet) collate "C" as outlet from (
                        select cc43.source_id, cc43.credited_outlet, bool_or(cc43.credited_outlet is not null) over (partition by cc43.source_id) as credits from citation cc43 where cc43.statement_id = c40.id
                      ) c44 join source s45 on s45.id = c44.source_id cross join lateral unnest(case when c44.credited_outlet is not null then string_to_array(c44.credited_outlet, ',') when c44.credits then array[]::text[] else array[coalesce(s45.publisher, s45.author, '“' || s45.title || '”')] end) as o42(outlet)
                    ) o41 order by 1 limit 100)), '{"$error":4}'::json) as "outlets", c40.quote as "quote", (
                      select (
                        select row_to_json(r46.*) from (
                          select coalesce(to_json(array(select o47.outlet from (
                            select distinct trim(o48.outlet) collate "C" as outlet from (
                              select cc49.source_id, cc49.credited_outlet, bool_or(cc49.credited_outlet is not null) over (partition by cc49.source_id) as credits from citation cc49 where cc49.deal_id = c50.id
                            ) c51 join source s52 on s52.id = c51.source_id cross join lateral unnest(case when c51.credited_outlet is not null then string_to_array(c51.credited_outlet, ',') when c51.credits then array[]::text[] else array[coalesce(s52.publisher, s52.author, '“' || s52.title || '”')] end) as o48(outlet)
                          ) o47 order by 1 limit 100)), '{"$error":5}'::json) as "outlets", coalesce(to_json(dg_global_id('Deal', c50.slug)), '{"$error":6}'::json) as "id", c50.summary as "summary", (
                            select row_to_json(z53.*) from (
                              select (
                                select row_to_json(r54.*) from (
                                  select a55.cursors[1] as "startCursor", false as "hasPreviousPage"
                                ) r54
                              ) as "pageInfo" from (
                                select count(*) as fetched, (array_agg(n56.cursor order by n56.ord) filter (where n56.ord <= ?)) as cursors from (
                                  select row_number() over (order by t57.sort_0 desc, t57.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t57.sort_0::text)]::text[], t57.id) as cursor from (
                                    select q58.*, coalesce(q58.date_latest, q58.date_earliest, '-infinity'::date) as sort_0 from statement q58 where q58.deal_id = c50.id order by coalesce(q58.date_latest, q58.date_earliest, '-infinity'::date) desc, q58.id desc limit ?
                                  ) t57
                                ) n56
                              ) a55
                            ) z53
                          ) as "statements"
                        ) r46
                      ) from deal c50 where c50.id = c40.deal_id limit 1
                    ) as "deal"
                  ) r39
                ) from statement c40 where c40.id = t21.fact_id limit 1
              ) when 'TERM_ENDED' then (
                select (
                  select row_to_json(r59.*) from (
                    select 'ExclusivityTerm'::text as "__typename", coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x60.start_earliest, x60.start_latest, x60.start_precision, x60.end_earliest, x60.end_latest, x60.end_precision) from exclusivity_term_timing x60 where x60.term_id = c61.id
                    ), 'UNKNOWN')), '{"$error":7}'::json) as "inForce"
                  ) r59
                ) from exclusivity_term c61 where c61.id = t21.fact_id limit 1
              ) when 'TERM_STARTED' then (
                select (
                  select row_to_json(r62.*) from (
                    select 'ExclusivityTerm'::text as "__typename", coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x63.start_earliest, x63.start_latest, x63.start_precision, x63.end_earliest, x63.end_latest, x63.end_precision) from exclusivity_term_timing x63 where x63.term_id = c64.id
                    ), 'UNKNOWN')), '{"$error":8}'::json) as "inForce"
                  ) r62
                ) from exclusivity_term c64 where c64.id = t21.fact_id limit 1
              ) end)), '{"$error":9}'::json) as "fact"
            ) r23
          ) as l1 from (
            select q18.*, coalesce(q18.date_earliest, q18.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_to_precision is not null union all select (7::bigint << 40) + d11.id, 'DEAL_STARTED', d11.id, d11.title, d11.effective_earliest, d11.effective_latest, d11.effective_precision, d11.effective_text, array(select dp12.organization_id from deal_party dp12 where dp12.deal_id = d11.id) from deal d11 where d11.effective_precision is not null union all select (8::bigint << 40) + d13.id, 'DEAL_ENDED', d13.id, d13.title, d13.ended_earliest, d13.ended_latest, d13.ended_precision, d13.ended_text, array(select dp14.organization_id from deal_party dp14 where dp14.deal_id = d13.id) from deal d13 where d13.ended_precision is not null union all select (9::bigint << 40) + c15.id, 'COMMITMENT_PERIOD_ENDED', c15.id, c15.description, c15.period_end_earliest, c15.period_end_latest, c15.period_end_precision, c15.period_end_text, array_remove(array[c15.committer_id, c15.recipient_id], null) from commitment c15 where c15.period_end_precision is not null union all select (10::bigint << 40) + k16.id, 'CONDITION_DEADLINE', k16.id, k16.words, k16.deadline_earliest, k16.deadline_latest, k16.deadline_precision, k16.deadline_text, array_remove(array[c17.committer_id, c17.recipient_id], null) from commitment_condition k16 join commitment c17 on c17.id = k16.commitment_id where k16.deadline_precision is not null
            ) q18 where true order by coalesce(q18.date_earliest, q18.date_latest, 'infinity'::date), q18.id limit ?
          ) t21
        ) n20
      ) a19
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
