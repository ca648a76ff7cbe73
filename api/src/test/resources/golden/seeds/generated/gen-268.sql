-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.channel as "channel", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r3.*) from (
              select (
                select (
                  select row_to_json(r4.*) from (
                    select coalesce(to_json((select count(*)::int from (
                      select distinct trim(o5.outlet) collate "C" as outlet from (
                        select cc6.source_id, cc6.credited_outlet, bool_or(cc6.credited_outlet is not null) over (partition by cc6.source_id) as credits from citation cc6 where cc6.person_id = c7.id
                      ) c8 join source s9 on s9.id = c8.source_id cross join lateral unnest(case when c8.credited_outlet is not null then string_to_array(c8.credited_outlet, ',') when c8.credits then array[]::text[] else array[coalesce(s9.publisher, s9.author, '“' || s9.title || '”')] end) as o5(outlet)
                    ) o10)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(dg_global_id('Person', c7.slug)), '{"$error":1}'::json) as "id", c7.name as "a2", coalesce(to_json(array(select o11.outlet from (
                      select distinct trim(o12.outlet) collate "C" as outlet from (
                        select cc13.source_id, cc13.credited_outlet, bool_or(cc13.credited_outlet is not null) over (partition by cc13.source_id) as credits from citation cc13 where cc13.person_id = c7.id
                      ) c14 join source s15 on s15.id = c14.source_id cross join lateral unnest(case when c14.credited_outlet is not null then string_to_array(c14.credited_outlet, ',') when c14.credits then array[]::text[] else array[coalesce(s15.publisher, s15.author, '“' || s15.title || '”')] end) as o12(outlet)
                    ) o11 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", (
                      select row_to_json(z16.*) from (
                        select (
                          select count(*) from citation q17 where q17.person_id = c7.id
                        ) as "totalCount", (
                          select row_to_json(r18.*) from (
                            select a19.cursors[array_length(a19.cursors, 1)] as "endCursor", false as "hasPreviousPage"
                          ) r18
                        ) as "pageInfo" from (
                          select count(*) as fetched, (array_agg(n20.cursor order by n20.ord) filter (where n20.ord <= ?)) as cursors from (
                            select row_number() over (order by t21.sort_0, t21.sort_1, t21.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t21.sort_0::text), dg_cursor_value(t21.sort_1::text)]::text[], t21.id) as cursor from (
                              select q17.*, q17.source_id as sort_0, q17.start_offset as sort_1 from citation q17 where q17.person_id = c7.id order by q17.source_id, q17.start_offset, q17.id limit ?
                            ) t21
                          ) n20
                        ) a19
                      ) z16
                    ) as "citations"
                  ) r4
                ) from person c7 where c7.id = c22.person_id limit 1
              ) as "person"
            ) r3
          )::text, ',' order by c22.id), '') || ']')::json from (
            select c22.* from statement_speaker c22 where c22.statement_id = t2.id order by c22.id limit ?
          ) c22 where true
        ) as "speakers"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: [2,"SOURCE_POSITION:ASC",3,10,"openai-memo-microsoft-limited-its-ability"]
-- timeline
select (
  (
    select case when o1.v is null then (
      select row_to_json(z2.*) from (
        select ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
          select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
            select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
              select row_to_json(r6.*) from (
                select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor", (
                  select row_to_json(r7.*) from (
                    select coalesce(to_json(t5.kind), '{"$error":0}'::json) as "kind"
                  ) r7
                ) as "node"
              ) r6
            ) as l0 from (
              select q8.*, coalesce(q8.date_earliest, q8.date_latest, 'infinity'::date) as sort_0 from (
                select (1::bigint << 40) + e9.id as id, 'EVENT' as kind, e9.id as fact_id, e9.title, e9.date_earliest, e9.date_latest, e9.date_precision, e9.date_text, array(select eo10.organization_id from event_organization eo10 where eo10.event_id = e9.id) as organization_ids from event e9 union all select (2::bigint << 40) + d11.id, 'DEAL_ANNOUNCED', d11.id, d11.title, d11.announced_earliest, d11.announced_latest, d11.announced_precision, d11.announced_text, array(select dp12.organization_id from deal_party dp12 where dp12.deal_id = d11.id) from deal d11 where d11.announced_precision is not null union all select (3::bigint << 40) + c13.id, 'COMMITMENT', c13.id, c13.description, c13.date_earliest, c13.date_latest, c13.date_precision, c13.date_text, array_remove(array[c13.committer_id, c13.recipient_id], null) from commitment c13 where c13.date_precision is not null union all select (4::bigint << 40) + s14.id, 'STATEMENT', s14.id, s14.quote, s14.date_earliest, s14.date_latest, s14.date_precision, s14.date_text, array(select coalesce(ss15.organization_id, p16.organization_id) from statement_speaker ss15 left join person p16 on p16.id = ss15.person_id where ss15.statement_id = s14.id) from statement s14 where s14.date_precision is not null union all select (5::bigint << 40) + t17.id, 'TERM_STARTED', t17.id, t17.scope, t17.valid_from_earliest, t17.valid_from_latest, t17.valid_from_precision, t17.valid_from_text, array[t17.grantor_id, t17.holder_id] from exclusive_term t17 where t17.valid_from_precision is not null union all select (6::bigint << 40) + t17.id, 'TERM_ENDED', t17.id, t17.scope, t17.valid_to_earliest, t17.valid_to_latest, t17.valid_to_precision, t17.valid_to_text, array[t17.grantor_id, t17.holder_id] from exclusive_term t17 where t17.valid_to_precision is not null union all select (7::bigint << 40) + d18.id, 'DEAL_STARTED', d18.id, d18.title, d18.effective_earliest, d18.effective_latest, d18.effective_precision, d18.effective_text, array(select dp19.organization_id from deal_party dp19 where dp19.deal_id = d18.id) from deal d18 where d18.effective_precision is not null union all select (8::bigint << 40) + d20.id, 'DEAL_ENDED', d20.id, d20.title, d20.ended_earliest, d20.ended_latest, d20.ended_precision, d20.ended_text, array(select dp21.organization_id from deal_party dp21 where dp21.deal_id = d20.id) from deal d20 where d20.ended_precision is not null union all select (9::bigint << 40) + c22.id, 'COMMITMENT_PERIOD_ENDED', c22.id, c22.description, c22.period_end_earliest, c22.period_end_latest, c22.period_end_precision, c22.period_end_text, array_remove(array[c22.committer_id, c22.recipient_id], null) from commitment c22 where c22.period_end_precision is not null union all select (10::bigint << 40) + k23.id, 'CONDITION_DEADLINE', k23.id, k23.words, k23.deadline_earliest, k23.deadline_latest, k23.deadline_precision, k23.deadline_text, array_remove(array[c24.committer_id, c24.recipient_id], null) from commitment_condition k23 join commitment c24 on c24.id = k23.commitment_id where k23.deadline_precision is not null union all select (11::bigint << 40) + t25.id, 'AGREEMENT_TERM_STARTED', t25.id, t25.scope, t25.valid_from_earliest, t25.valid_from_latest, t25.valid_from_precision, t25.valid_from_text, coalesce(nullif(array_remove(array[t25.grantor_id, t25.holder_id, t25.payer_id, t25.payee_id], null), '{}'), array(select dp26.organization_id from deal_party dp26 where dp26.deal_id = t25.deal_id)) from exclusivity_term t25 where t25.valid_from_precision is not null and not (t25.kind = 'EXCLUSIVITY' or (t25.kind = 'LICENCE' and coalesce(t25.exclusive, false))) union all select (12::bigint << 40) + t27.id, 'AGREEMENT_TERM_ENDED', t27.id, t27.scope, t27.valid_to_earliest, t27.valid_to_latest, t27.valid_to_precision, t27.valid_to_text, coalesce(nullif(array_remove(array[t27.grantor_id, t27.holder_id, t27.payer_id, t27.payee_id], null), '{}'), array(select dp28.organization_id from deal_party dp28 where dp28.deal_id = t27.deal_id)) from exclusivity_term t27 where t27.valid_to_precision is not null and not (t27.kind = 'EXCLUSIVITY' or (t27.kind = 'LICENCE' and coalesce(t27.exclusive, false)))
              ) q8 where (q8.date_precision is not null and coalesce(q8.date_earliest, '-infinity'::date) <= cast(? as date)) and (q8.organization_ids && array(select o29.id from organization o29 where o29.slug = any(cast(? as text[])))) order by coalesce(q8.date_earliest, q8.date_latest, 'infinity'::date), q8.id limit ?
            ) t5
          ) n4
        ) a3
      ) z2
    ) else json_build_object('$error', 1, 'value', o1.v) end from (
      select (
        select s30.slug from unnest(cast(? as text[])) with ordinality s30(slug, at) where not exists (select 1 from organization o31 where o31.slug = s30.slug) order by s30.at limit 1
      )::text as v
    ) o1
  )
)::text
-- values: [4,4,"DATE:ASC","DATE:ASC","2025-11-01",["oracle"],5,["oracle"]]
