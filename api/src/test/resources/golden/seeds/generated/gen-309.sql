-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusive_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusive_term t10 where t10.valid_to_precision is not null union all select (7::bigint << 40) + d11.id, 'DEAL_STARTED', d11.id, d11.title, d11.effective_earliest, d11.effective_latest, d11.effective_precision, d11.effective_text, array(select dp12.organization_id from deal_party dp12 where dp12.deal_id = d11.id) from deal d11 where d11.effective_precision is not null union all select (8::bigint << 40) + d13.id, 'DEAL_ENDED', d13.id, d13.title, d13.ended_earliest, d13.ended_latest, d13.ended_precision, d13.ended_text, array(select dp14.organization_id from deal_party dp14 where dp14.deal_id = d13.id) from deal d13 where d13.ended_precision is not null union all select (9::bigint << 40) + c15.id, 'COMMITMENT_PERIOD_ENDED', c15.id, c15.description, c15.period_end_earliest, c15.period_end_latest, c15.period_end_precision, c15.period_end_text, array_remove(array[c15.committer_id, c15.recipient_id], null) from commitment c15 where c15.period_end_precision is not null union all select (10::bigint << 40) + k16.id, 'CONDITION_DEADLINE', k16.id, k16.words, k16.deadline_earliest, k16.deadline_latest, k16.deadline_precision, k16.deadline_text, array_remove(array[c17.committer_id, c17.recipient_id], null) from commitment_condition k16 join commitment c17 on c17.id = k16.commitment_id where k16.deadline_precision is not null union all select (11::bigint << 40) + t18.id, 'AGREEMENT_TERM_STARTED', t18.id, t18.scope, t18.valid_from_earliest, t18.valid_from_latest, t18.valid_from_precision, t18.valid_from_text, coalesce(nullif(array_remove(array[t18.grantor_id, t18.holder_id, t18.payer_id, t18.payee_id], null), '{}'), array(select dp19.organization_id from deal_party dp19 where dp19.deal_id = t18.deal_id)) from exclusivity_term t18 where t18.valid_from_precision is not null and not (t18.kind = 'EXCLUSIVITY' or (t18.kind = 'LICENCE' and coalesce(t18.exclusive, false))) union all select (12::bigint << 40) + t20.id, 'AGREEMENT_TERM_ENDED', t20.id, t20.scope, t20.valid_to_earliest, t20.valid_to_latest, t20.valid_to_precision, t20.valid_to_text, coalesce(nullif(array_remove(array[t20.grantor_id, t20.holder_id, t20.payer_id, t20.payee_id], null), '{}'), array(select dp21.organization_id from deal_party dp21 where dp21.deal_id = t20.deal_id)) from exclusivity_term t20 where t20.valid_to_precision is not null and not (t20.kind = 'EXCLUSIVITY' or (t20.kind = 'LICENCE' and coalesce(t20.exclusive, false)))
        ) q22 where true
      ) as "totalCount", (
        select row_to_json(r23.*) from (
          select a24.cursors[1] as "startCursor", exists (
            select 1 from (
              select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusive_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusive_term t10 where t10.valid_to_precision is not null union all select (7::bigint << 40) + d11.id, 'DEAL_STARTED', d11.id, d11.title, d11.effective_earliest, d11.effective_latest, d11.effective_precision, d11.effective_text, array(select dp12.organization_id from deal_party dp12 where dp12.deal_id = d11.id) from deal d11 where d11.effective_precision is not null union all select (8::bigint << 40) + d13.id, 'DEAL_ENDED', d13.id, d13.title, d13.ended_earliest, d13.ended_latest, d13.ended_precision, d13.ended_text, array(select dp14.organization_id from deal_party dp14 where dp14.deal_id = d13.id) from deal d13 where d13.ended_precision is not null union all select (9::bigint << 40) + c15.id, 'COMMITMENT_PERIOD_ENDED', c15.id, c15.description, c15.period_end_earliest, c15.period_end_latest, c15.period_end_precision, c15.period_end_text, array_remove(array[c15.committer_id, c15.recipient_id], null) from commitment c15 where c15.period_end_precision is not null union all select (10::bigint << 40) + k16.id, 'CONDITION_DEADLINE', k16.id, k16.words, k16.deadline_earliest, k16.deadline_latest, k16.deadline_precision, k16.deadline_text, array_remove(array[c17.committer_id, c17.recipient_id], null) from commitment_condition k16 join commitment c17 on c17.id = k16.commitment_id where k16.deadline_precision is not null union all select (11::bigint << 40) + t18.id, 'AGREEMENT_TERM_STARTED', t18.id, t18.scope, t18.valid_from_earliest, t18.valid_from_latest, t18.valid_from_precision, t18.valid_from_text, coalesce(nullif(array_remove(array[t18.grantor_id, t18.holder_id, t18.payer_id, t18.payee_id], null), '{}'), array(select dp19.organization_id from deal_party dp19 where dp19.deal_id = t18.deal_id)) from exclusivity_term t18 where t18.valid_from_precision is not null and not (t18.kind = 'EXCLUSIVITY' or (t18.kind = 'LICENCE' and coalesce(t18.exclusive, false))) union all select (12::bigint << 40) + t20.id, 'AGREEMENT_TERM_ENDED', t20.id, t20.scope, t20.valid_to_earliest, t20.valid_to_latest, t20.valid_to_precision, t20.valid_to_text, coalesce(nullif(array_remove(array[t20.grantor_id, t20.holder_id, t20.payer_id, t20.payee_id], null), '{}'), array(select dp21.organization_id from deal_party dp21 where dp21.deal_id = t20.deal_id)) from exclusivity_term t20 where t20.valid_to_precision is not null and not (t20.kind = 'EXCLUSIVITY' or (t20.kind = 'LICENCE' and coalesce(t20.exclusive, false)))
            ) q22 where (true) and (not (coalesce(q22.date_earliest, q22.date_latest, 'infinity'::date), q22.id) > (cast(? as date), ?))
          ) as "hasPreviousPage", a24.cursors[array_length(a24.cursors, 1)] as "endCursor", a24.fetched > ? as "hasNextPage"
        ) r23
      ) as "pageInfo", ('[' || coalesce(a24.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n25.cursor order by n25.ord) filter (where n25.ord <= ?)) as cursors, string_agg(n25.l0::text, ',' order by n25.ord) filter (where n25.ord <= ?) as l0 from (
          select row_number() over (order by t26.sort_0, t26.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t26.sort_0::text)]::text[], t26.id) as cursor, (
            select row_to_json(r27.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t26.sort_0::text)]::text[], t26.id) as "cursor", (
                select row_to_json(r28.*) from (
                  select coalesce(to_json(t26.kind), '{"$error":0}'::json) as "kind", coalesce(to_json(t26.title), '{"$error":1}'::json) as "title", coalesce(to_json((case t26.kind when 'AGREEMENT_TERM_ENDED' then (
                    select (
                      select row_to_json(r29.*) from (
                        select 'AgreementTerm'::text as "__typename"
                      ) r29
                    ) from exclusivity_term c30 where c30.id = t26.fact_id limit 1
                  ) when 'AGREEMENT_TERM_STARTED' then (
                    select (
                      select row_to_json(r31.*) from (
                        select 'AgreementTerm'::text as "__typename"
                      ) r31
                    ) from exclusivity_term c32 where c32.id = t26.fact_id limit 1
                  ) when 'COMMITMENT' then (
                    select (
                      select row_to_json(r33.*) from (
                        select 'Commitment'::text as "__typename", c34.horizon as "a0", coalesce(to_json((coalesce(c34.claim_preferred, false) or c34.claim_group is null)), '{"$error":2}'::json) as "preferred", c34.slug as "slug"
                      ) r33
                    ) from commitment c34 where c34.id = t26.fact_id limit 1
                  ) when 'COMMITMENT_PERIOD_ENDED' then (
                    select (
                      select row_to_json(r35.*) from (
                        select 'Commitment'::text as "__typename", c36.horizon as "a0", coalesce(to_json((coalesce(c36.claim_preferred, false) or c36.claim_group is null)), '{"$error":3}'::json) as "preferred", c36.slug as "slug"
                      ) r35
                    ) from commitment c36 where c36.id = t26.fact_id limit 1
                  ) when 'CONDITION_DEADLINE' then (
                    select (
                      select row_to_json(r37.*) from (
                        select 'Condition'::text as "__typename"
                      ) r37
                    ) from commitment_condition c38 where c38.id = t26.fact_id limit 1
                  ) when 'DEAL_ANNOUNCED' then (
                    select (
                      select row_to_json(r39.*) from (
                        select 'Deal'::text as "__typename", coalesce(to_json(dg_global_id('Deal', c40.slug)), '{"$error":4}'::json) as "id", coalesce(to_json(array(select o41.outlet from (
                          select distinct trim(o42.outlet) collate "C" as outlet from (
                            select cc43.source_id, cc43.credited_outlet, bool_or(cc43.credited_outlet is not null) over (partition by cc43.source_id) as credits from citation cc43 where cc43.deal_id = c40.id
                          ) c44 join source s45 on s45.id = c44.source_id cross join lateral unnest(case when c44.credited_outlet is not null then string_to_array(c44.credited_outlet, ',') when c44.credits then array[]::text[] else array[coalesce(s45.publisher, s45.author, '“' || s45.title || '”')] end) as o42(outlet)
                        ) o41 order by 1 limit 100)), '{"$error":5}'::json) as "outlets", c40.slug as "slug", coalesce(to_json((select count(*)::int from (
                          select distinct trim(o46.outlet) collate "C" as outlet from (
                            select cc47.source_id, cc47.credited_outlet, bool_or(cc47.credited_outlet is not null) over (partition by cc47.source_id) as credits from citation cc47 where cc47.deal_id = c40.id
                          ) c48 join source s49 on s49.id = c48.source_id cross join lateral unnest(case when c48.credited_outlet is not null then string_to_array(c48.credited_outlet, ',') when c48.credits then array[]::text[] else array[coalesce(s49.publisher, s49.author, '“' || s49.title || '”')] end) as o46(outlet)
                        ) o50)), '{"$error":6}'::json) as "corroboration"
                      ) r39
                    ) from deal c40 where c40.id = t26.fact_id limit 1
                  ) when 'DEAL_ENDED' then (
                    select (
                      select row_to_json(r51.*) from (
                        select 'Deal'::text as "__typename", coalesce(to_json(dg_global_id('Deal', c52.slug)), '{"$error":7}'::json) as "id", coalesce(to_json(array(select o53.outlet from (
                          select distinct trim(o54.outlet) collate "C" as outlet from (
                            select cc55.source_id, cc55.credited_outlet, bool_or(cc55.credited_outlet is not null) over (partition by cc55.source_id) as credits from citation cc55 where cc55.deal_id = c52.id
                          ) c56 join source s57 on s57.id = c56.source_id cross join lateral unnest(case when c56.credited_outlet is not null then string_to_array(c56.credited_outlet, ',') when c56.credits then array[]::text[] else array[coalesce(s57.publisher, s57.author, '“' || s57.title || '”')] end) as o54(outlet)
                        ) o53 order by 1 limit 100)), '{"$error":8}'::json) as "outlets", c52.slug as "slug", coalesce(to_json((select count(*)::int from (
                          select distinct trim(o58.outlet) collate "C" as outlet from (
                            select cc59.source_id, cc59.credited_outlet, bool_or(cc59.credited_outlet is not null) over (partition by cc59.source_id) as credits from citation cc59 where cc59.deal_id = c52.id
                          ) c60 join source s61 on s61.id = c60.source_id cross join lateral unnest(case when c60.credited_outlet is not null then string_to_array(c60.credited_outlet, ',') when c60.credits then array[]::text[] else array[coalesce(s61.publisher, s61.author, '“' || s61.title || '”')] end) as o58(outlet)
                        ) o62)), '{"$error":9}'::json) as "corroboration"
                      ) r51
                    ) from deal c52 where c52.id = t26.fact_id limit 1
                  ) when 'DEAL_STARTED' then (
                    select (
                      select row_to_json(r63.*) from (
                        select 'Deal'::text as "__typename", coalesce(to_json(dg_global_id('Deal', c64.slug)), '{"$error":10}'::json) as "id", coalesce(to_json(array(select o65.outlet from (
                          select distinct trim(o66.outlet) collate "C" as outlet from (
                            select cc67.source_id, cc67.credited_outlet, bool_or(cc67.credited_outlet is not null) over (partition by cc67.source_id) as credits from citation cc67 where cc67.deal_id = c64.id
                          ) c68 join source s69 on s69.id = c68.source_id cross join lateral unnest(case when c68.credited_outlet is not null then string_to_array(c68.credited_outlet, ',') when c68.credits then array[]::text[] else array[coalesce(s69.publisher, s69.author, '“' || s69.title || '”')] end) as o66(outlet)
                        ) o65 order by 1 limit 100)), '{"$error":11}'::json) as "outlets", c64.slug as "slug", coalesce(to_json((select count(*)::int from (
                          select distinct trim(o70.outlet) collate "C" as outlet from (
                            select cc71.source_id, cc71.credited_outlet, bool_or(cc71.credited_outlet is not null) over (partition by cc71.source_id) as credits from citation cc71 where cc71.deal_id = c64.id
                          ) c72 join source s73 on s73.id = c72.source_id cross join lateral unnest(case when c72.credited_outlet is not null then string_to_array(c72.credited_outlet, ',') when c72.credits then array[]::text[] else array[coalesce(s73.publisher, s73.author, '“' || s73.title || '”')] end) as o70(outlet)
                        ) o74)), '{"$error":12}'::json) as "corroboration"
                      ) r63
                    ) from deal c64 where c64.id = t26.fact_id limit 1
                  ) when 'EVENT' then (
                    select (
                      select row_to_json(r75.*) from (
                        select 'Event'::text as "__typename"
                      ) r75
                    ) from event c76 where c76.id = t26.fact_id limit 1
                  ) when 'STATEMENT' then (
                    select (
                      select row_to_json(r77.*) from (
                        select 'Statement'::text as "__typename"
                      ) r77
                    ) from statement c78 where c78.id = t26.fact_id limit 1
                  ) when 'TERM_ENDED' then (
                    select (
                      select row_to_json(r79.*) from (
                        select 'ExclusivityTerm'::text as "__typename", coalesce(to_json(coalesce((
                          select in_force(cast(? as date), x80.start_earliest, x80.start_latest, x80.start_precision, x80.end_earliest, x80.end_latest, x80.end_precision) from exclusivity_term_timing x80 where x80.term_id = c81.id
                        ), 'UNKNOWN')), '{"$error":13}'::json) as "inForce", coalesce(to_json(array(select o82.outlet from (
                          select distinct trim(o83.outlet) collate "C" as outlet from (
                            select cc84.source_id, cc84.credited_outlet, bool_or(cc84.credited_outlet is not null) over (partition by cc84.source_id) as credits from citation cc84 where cc84.exclusivity_term_id = c81.id
                          ) c85 join source s86 on s86.id = c85.source_id cross join lateral unnest(case when c85.credited_outlet is not null then string_to_array(c85.credited_outlet, ',') when c85.credits then array[]::text[] else array[coalesce(s86.publisher, s86.author, '“' || s86.title || '”')] end) as o83(outlet)
                        ) o82 order by 1 limit 100)), '{"$error":14}'::json) as "outlets", coalesce(to_json(c81.slug), '{"$error":15}'::json) as "slug"
                      ) r79
                    ) from exclusive_term c81 where c81.id = t26.fact_id limit 1
                  ) when 'TERM_STARTED' then (
                    select (
                      select row_to_json(r87.*) from (
                        select 'ExclusivityTerm'::text as "__typename", coalesce(to_json(coalesce((
                          select in_force(cast(? as date), x88.start_earliest, x88.start_latest, x88.start_precision, x88.end_earliest, x88.end_latest, x88.end_precision) from exclusivity_term_timing x88 where x88.term_id = c89.id
                        ), 'UNKNOWN')), '{"$error":16}'::json) as "inForce", coalesce(to_json(array(select o90.outlet from (
                          select distinct trim(o91.outlet) collate "C" as outlet from (
                            select cc92.source_id, cc92.credited_outlet, bool_or(cc92.credited_outlet is not null) over (partition by cc92.source_id) as credits from citation cc92 where cc92.exclusivity_term_id = c89.id
                          ) c93 join source s94 on s94.id = c93.source_id cross join lateral unnest(case when c93.credited_outlet is not null then string_to_array(c93.credited_outlet, ',') when c93.credits then array[]::text[] else array[coalesce(s94.publisher, s94.author, '“' || s94.title || '”')] end) as o91(outlet)
                        ) o90 order by 1 limit 100)), '{"$error":17}'::json) as "outlets", coalesce(to_json(c89.slug), '{"$error":18}'::json) as "slug"
                      ) r87
                    ) from exclusive_term c89 where c89.id = t26.fact_id limit 1
                  ) end)), '{"$error":19}'::json) as "fact"
                ) r28
              ) as "node"
            ) r27
          ) as l0 from (
            select q22.*, coalesce(q22.date_earliest, q22.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusive_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusive_term t10 where t10.valid_to_precision is not null union all select (7::bigint << 40) + d11.id, 'DEAL_STARTED', d11.id, d11.title, d11.effective_earliest, d11.effective_latest, d11.effective_precision, d11.effective_text, array(select dp12.organization_id from deal_party dp12 where dp12.deal_id = d11.id) from deal d11 where d11.effective_precision is not null union all select (8::bigint << 40) + d13.id, 'DEAL_ENDED', d13.id, d13.title, d13.ended_earliest, d13.ended_latest, d13.ended_precision, d13.ended_text, array(select dp14.organization_id from deal_party dp14 where dp14.deal_id = d13.id) from deal d13 where d13.ended_precision is not null union all select (9::bigint << 40) + c15.id, 'COMMITMENT_PERIOD_ENDED', c15.id, c15.description, c15.period_end_earliest, c15.period_end_latest, c15.period_end_precision, c15.period_end_text, array_remove(array[c15.committer_id, c15.recipient_id], null) from commitment c15 where c15.period_end_precision is not null union all select (10::bigint << 40) + k16.id, 'CONDITION_DEADLINE', k16.id, k16.words, k16.deadline_earliest, k16.deadline_latest, k16.deadline_precision, k16.deadline_text, array_remove(array[c17.committer_id, c17.recipient_id], null) from commitment_condition k16 join commitment c17 on c17.id = k16.commitment_id where k16.deadline_precision is not null union all select (11::bigint << 40) + t18.id, 'AGREEMENT_TERM_STARTED', t18.id, t18.scope, t18.valid_from_earliest, t18.valid_from_latest, t18.valid_from_precision, t18.valid_from_text, coalesce(nullif(array_remove(array[t18.grantor_id, t18.holder_id, t18.payer_id, t18.payee_id], null), '{}'), array(select dp19.organization_id from deal_party dp19 where dp19.deal_id = t18.deal_id)) from exclusivity_term t18 where t18.valid_from_precision is not null and not (t18.kind = 'EXCLUSIVITY' or (t18.kind = 'LICENCE' and coalesce(t18.exclusive, false))) union all select (12::bigint << 40) + t20.id, 'AGREEMENT_TERM_ENDED', t20.id, t20.scope, t20.valid_to_earliest, t20.valid_to_latest, t20.valid_to_precision, t20.valid_to_text, coalesce(nullif(array_remove(array[t20.grantor_id, t20.holder_id, t20.payer_id, t20.payee_id], null), '{}'), array(select dp21.organization_id from deal_party dp21 where dp21.deal_id = t20.deal_id)) from exclusivity_term t20 where t20.valid_to_precision is not null and not (t20.kind = 'EXCLUSIVITY' or (t20.kind = 'LICENCE' and coalesce(t20.exclusive, false)))
            ) q22 where (true) and ((coalesce(q22.date_earliest, q22.date_latest, 'infinity'::date), q22.id) > (cast(? as date), ?)) order by coalesce(q22.date_earliest, q22.date_latest, 'infinity'::date), q22.id limit ?
          ) t26
        ) n25
      ) a24
    ) z1
  )
)::text
-- values: ["2026-01-01",3298534883330,3,3,3,"DATE:ASC","DATE:ASC","2025-01-21","2025-01-21","2026-01-01",3298534883330,4]
