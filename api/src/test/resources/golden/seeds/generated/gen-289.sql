-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_to_precision is not null union all select (7::bigint << 40) + d11.id, 'DEAL_STARTED', d11.id, d11.title, d11.effective_earliest, d11.effective_latest, d11.effective_precision, d11.effective_text, array(select dp12.organization_id from deal_party dp12 where dp12.deal_id = d11.id) from deal d11 where d11.effective_precision is not null union all select (8::bigint << 40) + d13.id, 'DEAL_ENDED', d13.id, d13.title, d13.ended_earliest, d13.ended_latest, d13.ended_precision, d13.ended_text, array(select dp14.organization_id from deal_party dp14 where dp14.deal_id = d13.id) from deal d13 where d13.ended_precision is not null union all select (9::bigint << 40) + c15.id, 'COMMITMENT_PERIOD_ENDED', c15.id, c15.description, c15.period_end_earliest, c15.period_end_latest, c15.period_end_precision, c15.period_end_text, array_remove(array[c15.committer_id, c15.recipient_id], null) from commitment c15 where c15.period_end_precision is not null union all select (10::bigint << 40) + k16.id, 'CONDITION_DEADLINE', k16.id, k16.words, k16.deadline_earliest, k16.deadline_latest, k16.deadline_precision, k16.deadline_text, array_remove(array[c17.committer_id, c17.recipient_id], null) from commitment_condition k16 join commitment c17 on c17.id = k16.commitment_id where k16.deadline_precision is not null
        ) q18 where true
      ) as "totalCount", (
        select row_to_json(r19.*) from (
          select a20.cursors[1] as "startCursor", false as "hasPreviousPage", a20.cursors[array_length(a20.cursors, 1)] as "endCursor", a20.fetched > ? as "hasNextPage"
        ) r19
      ) as "pageInfo", ('[' || coalesce(a20.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n21.cursor order by n21.ord) filter (where n21.ord <= ?)) as cursors, string_agg(n21.l0::text, ',' order by n21.ord) filter (where n21.ord <= ?) as l0 from (
          select row_number() over (order by t22.sort_0, t22.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t22.sort_0::text)]::text[], t22.id) as cursor, (
            select row_to_json(r23.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t22.sort_0::text)]::text[], t22.id) as "cursor", (
                select row_to_json(r24.*) from (
                  select coalesce(to_json(t22.kind), '{"$error":0}'::json) as "kind", coalesce(to_json(t22.title), '{"$error":1}'::json) as "title", coalesce(to_json((case t22.kind when 'COMMITMENT' then (
                    select (
                      select row_to_json(r25.*) from (
                        select 'Commitment'::text as "__typename", c26.horizon as "a0", coalesce(to_json((coalesce(c26.claim_preferred, false) or c26.claim_group is null)), '{"$error":2}'::json) as "preferred", c26.slug as "slug"
                      ) r25
                    ) from commitment c26 where c26.id = t22.fact_id limit 1
                  ) when 'COMMITMENT_PERIOD_ENDED' then (
                    select (
                      select row_to_json(r27.*) from (
                        select 'Commitment'::text as "__typename", c28.horizon as "a0", coalesce(to_json((coalesce(c28.claim_preferred, false) or c28.claim_group is null)), '{"$error":3}'::json) as "preferred", c28.slug as "slug"
                      ) r27
                    ) from commitment c28 where c28.id = t22.fact_id limit 1
                  ) when 'CONDITION_DEADLINE' then (
                    select (
                      select row_to_json(r29.*) from (
                        select 'Condition'::text as "__typename"
                      ) r29
                    ) from commitment_condition c30 where c30.id = t22.fact_id limit 1
                  ) when 'DEAL_ANNOUNCED' then (
                    select (
                      select row_to_json(r31.*) from (
                        select 'Deal'::text as "__typename", coalesce(to_json(dg_global_id('Deal', c32.slug)), '{"$error":4}'::json) as "id", coalesce(to_json(array(select o33.outlet from (
                          select distinct trim(o34.outlet) collate "C" as outlet from (
                            select cc35.source_id, cc35.credited_outlet, bool_or(cc35.credited_outlet is not null) over (partition by cc35.source_id) as credits from citation cc35 where cc35.deal_id = c32.id
                          ) c36 join source s37 on s37.id = c36.source_id cross join lateral unnest(case when c36.credited_outlet is not null then string_to_array(c36.credited_outlet, ',') when c36.credits then array[]::text[] else array[coalesce(s37.publisher, s37.author, '“' || s37.title || '”')] end) as o34(outlet)
                        ) o33 order by 1 limit 100)), '{"$error":5}'::json) as "outlets", c32.slug as "slug", coalesce(to_json((select count(*)::int from (
                          select distinct trim(o38.outlet) collate "C" as outlet from (
                            select cc39.source_id, cc39.credited_outlet, bool_or(cc39.credited_outlet is not null) over (partition by cc39.source_id) as credits from citation cc39 where cc39.deal_id = c32.id
                          ) c40 join source s41 on s41.id = c40.source_id cross join lateral unnest(case when c40.credited_outlet is not null then string_to_array(c40.credited_outlet, ',') when c40.credits then array[]::text[] else array[coalesce(s41.publisher, s41.author, '“' || s41.title || '”')] end) as o38(outlet)
                        ) o42)), '{"$error":6}'::json) as "corroboration"
                      ) r31
                    ) from deal c32 where c32.id = t22.fact_id limit 1
                  ) when 'DEAL_ENDED' then (
                    select (
                      select row_to_json(r43.*) from (
                        select 'Deal'::text as "__typename", coalesce(to_json(dg_global_id('Deal', c44.slug)), '{"$error":7}'::json) as "id", coalesce(to_json(array(select o45.outlet from (
                          select distinct trim(o46.outlet) collate "C" as outlet from (
                            select cc47.source_id, cc47.credited_outlet, bool_or(cc47.credited_outlet is not null) over (partition by cc47.source_id) as credits from citation cc47 where cc47.deal_id = c44.id
                          ) c48 join source s49 on s49.id = c48.source_id cross join lateral unnest(case when c48.credited_outlet is not null then string_to_array(c48.credited_outlet, ',') when c48.credits then array[]::text[] else array[coalesce(s49.publisher, s49.author, '“' || s49.title || '”')] end) as o46(outlet)
                        ) o45 order by 1 limit 100)), '{"$error":8}'::json) as "outlets", c44.slug as "slug", coalesce(to_json((select count(*)::int from (
                          select distinct trim(o50.outlet) collate "C" as outlet from (
                            select cc51.source_id, cc51.credited_outlet, bool_or(cc51.credited_outlet is not null) over (partition by cc51.source_id) as credits from citation cc51 where cc51.deal_id = c44.id
                          ) c52 join source s53 on s53.id = c52.source_id cross join lateral unnest(case when c52.credited_outlet is not null then string_to_array(c52.credited_outlet, ',') when c52.credits then array[]::text[] else array[coalesce(s53.publisher, s53.author, '“' || s53.title || '”')] end) as o50(outlet)
                        ) o54)), '{"$error":9}'::json) as "corroboration"
                      ) r43
                    ) from deal c44 where c44.id = t22.fact_id limit 1
                  ) when 'DEAL_STARTED' then (
                    select (
                      select row_to_json(r55.*) from (
                        select 'Deal'::text as "__typename", coalesce(to_json(dg_global_id('Deal', c56.slug)), '{"$error":10}'::json) as "id", coalesce(to_json(array(select o57.outlet from (
                          select distinct trim(o58.outlet) collate "C" as outlet from (
                            select cc59.source_id, cc59.credited_outlet, bool_or(cc59.credited_outlet is not null) over (partition by cc59.source_id) as credits from citation cc59 where cc59.deal_id = c56.id
                          ) c60 join source s61 on s61.id = c60.source_id cross join lateral unnest(case when c60.credited_outlet is not null then string_to_array(c60.credited_outlet, ',') when c60.credits then array[]::text[] else array[coalesce(s61.publisher, s61.author, '“' || s61.title || '”')] end) as o58(outlet)
                        ) o57 order by 1 limit 100)), '{"$error":11}'::json) as "outlets", c56.slug as "slug", coalesce(to_json((select count(*)::int from (
                          select distinct trim(o62.outlet) collate "C" as outlet from (
                            select cc63.source_id, cc63.credited_outlet, bool_or(cc63.credited_outlet is not null) over (partition by cc63.source_id) as credits from citation cc63 where cc63.deal_id = c56.id
                          ) c64 join source s65 on s65.id = c64.source_id cross join lateral unnest(case when c64.credited_outlet is not null then string_to_array(c64.credited_outlet, ',') when c64.credits then array[]::text[] else array[coalesce(s65.publisher, s65.author, '“' || s65.title || '”')] end) as o62(outlet)
                        ) o66)), '{"$error":12}'::json) as "corroboration"
                      ) r55
                    ) from deal c56 where c56.id = t22.fact_id limit 1
                  ) when 'EVENT' then (
                    select (
                      select row_to_json(r67.*) from (
                        select 'Event'::text as "__typename"
                      ) r67
                    ) from event c68 where c68.id = t22.fact_id limit 1
                  ) when 'STATEMENT' then (
                    select (
                      select row_to_json(r69.*) from (
                        select 'Statement'::text as "__typename"
                      ) r69
                    ) from statement c70 where c70.id = t22.fact_id limit 1
                  ) when 'TERM_ENDED' then (
                    select (
                      select row_to_json(r71.*) from (
                        select 'ExclusivityTerm'::text as "__typename", coalesce(to_json(coalesce((
                          select in_force(cast(? as date), x72.start_earliest, x72.start_latest, x72.start_precision, x72.end_earliest, x72.end_latest, x72.end_precision) from exclusivity_term_timing x72 where x72.term_id = c73.id
                        ), 'UNKNOWN')), '{"$error":13}'::json) as "inForce", coalesce(to_json(array(select o74.outlet from (
                          select distinct trim(o75.outlet) collate "C" as outlet from (
                            select cc76.source_id, cc76.credited_outlet, bool_or(cc76.credited_outlet is not null) over (partition by cc76.source_id) as credits from citation cc76 where cc76.exclusivity_term_id = c73.id
                          ) c77 join source s78 on s78.id = c77.source_id cross join lateral unnest(case when c77.credited_outlet is not null then string_to_array(c77.credited_outlet, ',') when c77.credits then array[]::text[] else array[coalesce(s78.publisher, s78.author, '“' || s78.title || '”')] end) as o75(outlet)
                        ) o74 order by 1 limit 100)), '{"$error":14}'::json) as "outlets", c73.slug as "slug"
                      ) r71
                    ) from exclusivity_term c73 where c73.id = t22.fact_id limit 1
                  ) when 'TERM_STARTED' then (
                    select (
                      select row_to_json(r79.*) from (
                        select 'ExclusivityTerm'::text as "__typename", coalesce(to_json(coalesce((
                          select in_force(cast(? as date), x80.start_earliest, x80.start_latest, x80.start_precision, x80.end_earliest, x80.end_latest, x80.end_precision) from exclusivity_term_timing x80 where x80.term_id = c81.id
                        ), 'UNKNOWN')), '{"$error":15}'::json) as "inForce", coalesce(to_json(array(select o82.outlet from (
                          select distinct trim(o83.outlet) collate "C" as outlet from (
                            select cc84.source_id, cc84.credited_outlet, bool_or(cc84.credited_outlet is not null) over (partition by cc84.source_id) as credits from citation cc84 where cc84.exclusivity_term_id = c81.id
                          ) c85 join source s86 on s86.id = c85.source_id cross join lateral unnest(case when c85.credited_outlet is not null then string_to_array(c85.credited_outlet, ',') when c85.credits then array[]::text[] else array[coalesce(s86.publisher, s86.author, '“' || s86.title || '”')] end) as o83(outlet)
                        ) o82 order by 1 limit 100)), '{"$error":16}'::json) as "outlets", c81.slug as "slug"
                      ) r79
                    ) from exclusivity_term c81 where c81.id = t22.fact_id limit 1
                  ) end)), '{"$error":17}'::json) as "fact"
                ) r24
              ) as "node"
            ) r23
          ) as l0 from (
            select q18.*, coalesce(q18.date_earliest, q18.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_to_precision is not null union all select (7::bigint << 40) + d11.id, 'DEAL_STARTED', d11.id, d11.title, d11.effective_earliest, d11.effective_latest, d11.effective_precision, d11.effective_text, array(select dp12.organization_id from deal_party dp12 where dp12.deal_id = d11.id) from deal d11 where d11.effective_precision is not null union all select (8::bigint << 40) + d13.id, 'DEAL_ENDED', d13.id, d13.title, d13.ended_earliest, d13.ended_latest, d13.ended_precision, d13.ended_text, array(select dp14.organization_id from deal_party dp14 where dp14.deal_id = d13.id) from deal d13 where d13.ended_precision is not null union all select (9::bigint << 40) + c15.id, 'COMMITMENT_PERIOD_ENDED', c15.id, c15.description, c15.period_end_earliest, c15.period_end_latest, c15.period_end_precision, c15.period_end_text, array_remove(array[c15.committer_id, c15.recipient_id], null) from commitment c15 where c15.period_end_precision is not null union all select (10::bigint << 40) + k16.id, 'CONDITION_DEADLINE', k16.id, k16.words, k16.deadline_earliest, k16.deadline_latest, k16.deadline_precision, k16.deadline_text, array_remove(array[c17.committer_id, c17.recipient_id], null) from commitment_condition k16 join commitment c17 on c17.id = k16.commitment_id where k16.deadline_precision is not null
            ) q18 where true order by coalesce(q18.date_earliest, q18.date_latest, 'infinity'::date), q18.id limit ?
          ) t22
        ) n21
      ) a20
    ) z1
  )
)::text
-- values: [3,3,3,"DATE:ASC","DATE:ASC","2025-01-21","2025-01-21",4]
