-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_to_precision is not null union all select (7::bigint << 40) + d11.id, 'DEAL_STARTED', d11.id, d11.title, d11.effective_earliest, d11.effective_latest, d11.effective_precision, d11.effective_text, array(select dp12.organization_id from deal_party dp12 where dp12.deal_id = d11.id) from deal d11 where d11.effective_precision is not null union all select (8::bigint << 40) + d13.id, 'DEAL_ENDED', d13.id, d13.title, d13.ended_earliest, d13.ended_latest, d13.ended_precision, d13.ended_text, array(select dp14.organization_id from deal_party dp14 where dp14.deal_id = d13.id) from deal d13 where d13.ended_precision is not null union all select (9::bigint << 40) + c15.id, 'COMMITMENT_PERIOD_ENDED', c15.id, c15.description, c15.period_end_earliest, c15.period_end_latest, c15.period_end_precision, c15.period_end_text, array_remove(array[c15.committer_id, c15.recipient_id], null) from commitment c15 where c15.period_end_precision is not null union all select (10::bigint << 40) + k16.id, 'CONDITION_DEADLINE', k16.id, k16.words, k16.deadline_earliest, k16.deadline_latest, k16.deadline_precision, k16.deadline_text, array_remove(array[c17.committer_id, c17.recipient_id], null) from commitment_condition k16 join commitment c17 on c17.id = k16.commitment_id where k16.deadline_precision is not null
        ) q18 where q18.date_precision is not null and coalesce(q18.date_earliest, '-infinity'::date) <= cast(? as date)
      ) as "totalCount", ('[' || coalesce(a19.l0, '') || ']')::json as "edges", (
        select row_to_json(r20.*) from (
          select a19.fetched > ? as "hasNextPage", a19.cursors[array_length(a19.cursors, 1)] as "a1"
        ) r20
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n21.cursor order by n21.ord) filter (where n21.ord <= ?)) as cursors, string_agg(n21.l0::text, ',' order by n21.ord) filter (where n21.ord <= ?) as l0 from (
          select row_number() over (order by t22.sort_0, t22.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t22.sort_0::text)]::text[], t22.id) as cursor, (
            select row_to_json(r23.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t22.sort_0::text)]::text[], t22.id) as "cursor", (
                select row_to_json(r24.*) from (
                  select coalesce(to_json(t22.title), '{"$error":0}'::json) as "title", coalesce(to_json(t22.kind), '{"$error":1}'::json) as "kind", coalesce(to_json((case t22.kind when 'COMMITMENT' then (
                    select (
                      select row_to_json(r25.*) from (
                        select 'Commitment'::text as "__typename", coalesce(to_json((select count(*)::int from (
                          select distinct trim(o26.outlet) collate "C" as outlet from (
                            select cc27.source_id, cc27.credited_outlet, bool_or(cc27.credited_outlet is not null) over (partition by cc27.source_id) as credits from citation cc27 where cc27.commitment_id = c28.id
                          ) c29 join source s30 on s30.id = c29.source_id cross join lateral unnest(case when c29.credited_outlet is not null then string_to_array(c29.credited_outlet, ',') when c29.credits then array[]::text[] else array[coalesce(s30.publisher, s30.author, '“' || s30.title || '”')] end) as o26(outlet)
                        ) o31)), '{"$error":2}'::json) as "corroboration"
                      ) r25
                    ) from commitment c28 where c28.id = t22.fact_id limit 1
                  ) when 'COMMITMENT_PERIOD_ENDED' then (
                    select (
                      select row_to_json(r32.*) from (
                        select 'Commitment'::text as "__typename", coalesce(to_json((select count(*)::int from (
                          select distinct trim(o33.outlet) collate "C" as outlet from (
                            select cc34.source_id, cc34.credited_outlet, bool_or(cc34.credited_outlet is not null) over (partition by cc34.source_id) as credits from citation cc34 where cc34.commitment_id = c35.id
                          ) c36 join source s37 on s37.id = c36.source_id cross join lateral unnest(case when c36.credited_outlet is not null then string_to_array(c36.credited_outlet, ',') when c36.credits then array[]::text[] else array[coalesce(s37.publisher, s37.author, '“' || s37.title || '”')] end) as o33(outlet)
                        ) o38)), '{"$error":3}'::json) as "corroboration"
                      ) r32
                    ) from commitment c35 where c35.id = t22.fact_id limit 1
                  ) when 'CONDITION_DEADLINE' then (
                    select (
                      select row_to_json(r39.*) from (
                        select 'Condition'::text as "__typename"
                      ) r39
                    ) from commitment_condition c40 where c40.id = t22.fact_id limit 1
                  ) when 'DEAL_ANNOUNCED' then (
                    select (
                      select row_to_json(r41.*) from (
                        select 'Deal'::text as "__typename"
                      ) r41
                    ) from deal c42 where c42.id = t22.fact_id limit 1
                  ) when 'DEAL_ENDED' then (
                    select (
                      select row_to_json(r43.*) from (
                        select 'Deal'::text as "__typename"
                      ) r43
                    ) from deal c44 where c44.id = t22.fact_id limit 1
                  ) when 'DEAL_STARTED' then (
                    select (
                      select row_to_json(r45.*) from (
                        select 'Deal'::text as "__typename"
                      ) r45
                    ) from deal c46 where c46.id = t22.fact_id limit 1
                  ) when 'EVENT' then (
                    select (
                      select row_to_json(r47.*) from (
                        select 'Event'::text as "__typename"
                      ) r47
                    ) from event c48 where c48.id = t22.fact_id limit 1
                  ) when 'STATEMENT' then (
                    select (
                      select row_to_json(r49.*) from (
                        select 'Statement'::text as "__typename", coalesce(to_json(dg_global_id('Statement', c50.slug)), '{"$error":4}'::json) as "id", c50.quote as "quote", c50.channel as "channel", c50.slug as "a3"
                      ) r49
                    ) from statement c50 where c50.id = t22.fact_id limit 1
                  ) when 'TERM_ENDED' then (
                    select (
                      select row_to_json(r51.*) from (
                        select 'ExclusivityTerm'::text as "__typename"
                      ) r51
                    ) from exclusivity_term c52 where c52.id = t22.fact_id limit 1
                  ) when 'TERM_STARTED' then (
                    select (
                      select row_to_json(r53.*) from (
                        select 'ExclusivityTerm'::text as "__typename"
                      ) r53
                    ) from exclusivity_term c54 where c54.id = t22.fact_id limit 1
                  ) end)), '{"$error":5}'::json) as "fact"
                ) r24
              ) as "node"
            ) r23
          ) as l0 from (
            select q18.*, coalesce(q18.date_earliest, q18.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_to_precision is not null union all select (7::bigint << 40) + d11.id, 'DEAL_STARTED', d11.id, d11.title, d11.effective_earliest, d11.effective_latest, d11.effective_precision, d11.effective_text, array(select dp12.organization_id from deal_party dp12 where dp12.deal_id = d11.id) from deal d11 where d11.effective_precision is not null union all select (8::bigint << 40) + d13.id, 'DEAL_ENDED', d13.id, d13.title, d13.ended_earliest, d13.ended_latest, d13.ended_precision, d13.ended_text, array(select dp14.organization_id from deal_party dp14 where dp14.deal_id = d13.id) from deal d13 where d13.ended_precision is not null union all select (9::bigint << 40) + c15.id, 'COMMITMENT_PERIOD_ENDED', c15.id, c15.description, c15.period_end_earliest, c15.period_end_latest, c15.period_end_precision, c15.period_end_text, array_remove(array[c15.committer_id, c15.recipient_id], null) from commitment c15 where c15.period_end_precision is not null union all select (10::bigint << 40) + k16.id, 'CONDITION_DEADLINE', k16.id, k16.words, k16.deadline_earliest, k16.deadline_latest, k16.deadline_precision, k16.deadline_text, array_remove(array[c17.committer_id, c17.recipient_id], null) from commitment_condition k16 join commitment c17 on c17.id = k16.commitment_id where k16.deadline_precision is not null
            ) q18 where q18.date_precision is not null and coalesce(q18.date_earliest, '-infinity'::date) <= cast(? as date) order by coalesce(q18.date_earliest, q18.date_latest, 'infinity'::date), q18.id limit ?
          ) t22
        ) n21
      ) a19
    ) z1
  )
)::text
-- values: ["2019-07-22",3,3,3,"DATE:ASC","DATE:ASC","2019-07-22",4]
