-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges", ('[' || coalesce(a2.l1, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0, string_agg(n3.l1::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l1 from (
          select row_number() over (order by t4.sort_0 desc, t4.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", (
                select row_to_json(r6.*) from (
                  select coalesce(to_json(t4.title), '{"$error":0}'::json) as "title", coalesce(to_json(t4.kind), '{"$error":1}'::json) as "kind"
                ) r6
              ) as "node"
            ) r5
          ) as l0, (
            select row_to_json(r7.*) from (
              select coalesce(to_json(t4.kind), '{"$error":2}'::json) as "kind", coalesce(to_json(t4.title), '{"$error":3}'::json) as "title", coalesce(to_json((case when t4.date_precision is null then null else (
                select row_to_json(r8.*) from (
                  select coalesce(to_json(dg_fuzzy_display(t4.date_earliest, t4.date_latest, t4.date_precision)), '{"$error":4}'::json) as "display", t4.date_earliest as "earliest", coalesce(to_json(t4.date_precision), '{"$error":5}'::json) as "precision", coalesce(to_json(t4.date_text), '{"$error":6}'::json) as "a3"
                ) r8
              ) end)), '{"$error":7}'::json) as "date"
            ) r7
          ) as l1 from (
            select q9.*, coalesce(q9.date_earliest, q9.date_latest, '-infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e10.id as id, 'EVENT' as kind, e10.id as fact_id, e10.title, e10.date_earliest, e10.date_latest, e10.date_precision, e10.date_text, array(select eo11.organization_id from event_organization eo11 where eo11.event_id = e10.id) as organization_ids from event e10 union all select (2::bigint << 40) + d12.id, 'DEAL_ANNOUNCED', d12.id, d12.title, d12.announced_earliest, d12.announced_latest, d12.announced_precision, d12.announced_text, array(select dp13.organization_id from deal_party dp13 where dp13.deal_id = d12.id) from deal d12 where d12.announced_precision is not null union all select (3::bigint << 40) + c14.id, 'COMMITMENT', c14.id, c14.description, c14.date_earliest, c14.date_latest, c14.date_precision, c14.date_text, array_remove(array[c14.committer_id, c14.recipient_id], null) from commitment c14 where c14.date_precision is not null union all select (4::bigint << 40) + s15.id, 'STATEMENT', s15.id, s15.quote, s15.date_earliest, s15.date_latest, s15.date_precision, s15.date_text, array(select coalesce(ss16.organization_id, p17.organization_id) from statement_speaker ss16 left join person p17 on p17.id = ss16.person_id where ss16.statement_id = s15.id) from statement s15 where s15.date_precision is not null union all select (5::bigint << 40) + t18.id, 'TERM_STARTED', t18.id, t18.scope, t18.valid_from_earliest, t18.valid_from_latest, t18.valid_from_precision, t18.valid_from_text, array[t18.grantor_id, t18.holder_id] from exclusive_term t18 where t18.valid_from_precision is not null union all select (6::bigint << 40) + t18.id, 'TERM_ENDED', t18.id, t18.scope, t18.valid_to_earliest, t18.valid_to_latest, t18.valid_to_precision, t18.valid_to_text, array[t18.grantor_id, t18.holder_id] from exclusive_term t18 where t18.valid_to_precision is not null union all select (7::bigint << 40) + d19.id, 'DEAL_STARTED', d19.id, d19.title, d19.effective_earliest, d19.effective_latest, d19.effective_precision, d19.effective_text, array(select dp20.organization_id from deal_party dp20 where dp20.deal_id = d19.id) from deal d19 where d19.effective_precision is not null union all select (8::bigint << 40) + d21.id, 'DEAL_ENDED', d21.id, d21.title, d21.ended_earliest, d21.ended_latest, d21.ended_precision, d21.ended_text, array(select dp22.organization_id from deal_party dp22 where dp22.deal_id = d21.id) from deal d21 where d21.ended_precision is not null union all select (9::bigint << 40) + c23.id, 'COMMITMENT_PERIOD_ENDED', c23.id, c23.description, c23.period_end_earliest, c23.period_end_latest, c23.period_end_precision, c23.period_end_text, array_remove(array[c23.committer_id, c23.recipient_id], null) from commitment c23 where c23.period_end_precision is not null union all select (10::bigint << 40) + k24.id, 'CONDITION_DEADLINE', k24.id, k24.words, k24.deadline_earliest, k24.deadline_latest, k24.deadline_precision, k24.deadline_text, array_remove(array[c25.committer_id, c25.recipient_id], null) from commitment_condition k24 join commitment c25 on c25.id = k24.commitment_id where k24.deadline_precision is not null union all select (11::bigint << 40) + t26.id, 'AGREEMENT_TERM_STARTED', t26.id, t26.scope, t26.valid_from_earliest, t26.valid_from_latest, t26.valid_from_precision, t26.valid_from_text, coalesce(nullif(array_remove(array[t26.grantor_id, t26.holder_id, t26.payer_id, t26.payee_id], null), '{}'), array(select dp27.organization_id from deal_party dp27 where dp27.deal_id = t26.deal_id)) from exclusivity_term t26 where t26.valid_from_precision is not null and not (t26.kind = 'EXCLUSIVITY' or (t26.kind = 'LICENCE' and coalesce(t26.exclusive, false))) union all select (12::bigint << 40) + t28.id, 'AGREEMENT_TERM_ENDED', t28.id, t28.scope, t28.valid_to_earliest, t28.valid_to_latest, t28.valid_to_precision, t28.valid_to_text, coalesce(nullif(array_remove(array[t28.grantor_id, t28.holder_id, t28.payer_id, t28.payee_id], null), '{}'), array(select dp29.organization_id from deal_party dp29 where dp29.deal_id = t28.deal_id)) from exclusivity_term t28 where t28.valid_to_precision is not null and not (t28.kind = 'EXCLUSIVITY' or (t28.kind = 'LICENCE' and coalesce(t28.exclusive, false)))
            ) q9 where q9.date_precision is not null and coalesce(q9.date_latest, 'infinity'::date) >= cast(? as date) order by coalesce(q9.date_earliest, q9.date_latest, '-infinity'::date) desc, q9.id desc limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [6,6,6,"DATE:DESC","DATE:DESC","2024-10-01",7]
-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(coalesce((
          select in_force(cast(? as date), x2.start_earliest, x2.start_latest, x2.start_precision, x2.end_earliest, x2.end_latest, x2.end_precision) from exclusivity_term_timing x2 where x2.term_id = t3.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", coalesce(to_json(array(select o4.outlet from (
          select distinct trim(o5.outlet) collate "C" as outlet from (
            select cc6.source_id, cc6.credited_outlet, bool_or(cc6.credited_outlet is not null) over (partition by cc6.source_id) as credits from citation cc6 where cc6.exclusivity_term_id = t3.id
          ) c7 join source s8 on s8.id = c7.source_id cross join lateral unnest(case when c7.credited_outlet is not null then string_to_array(c7.credited_outlet, ',') when c7.credits then array[]::text[] else array[coalesce(s8.publisher, s8.author, '“' || s8.title || '”')] end) as o5(outlet)
        ) o4 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", coalesce(to_json(t3.status), '{"$error":2}'::json) as "a2", coalesce(to_json(t3.scope), '{"$error":3}'::json) as "scope", (
          select (
            select row_to_json(r9.*) from (
              select c10.status as "status", (
                select row_to_json(z11.*) from (
                  select ('[' || coalesce(a12.l0, '') || ']')::json as "edges", ('[' || coalesce(a12.l1, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors, string_agg(n13.l0::text, ',' order by n13.ord) filter (where n13.ord <= ?) as l0, string_agg(n13.l1::text, ',' order by n13.ord) filter (where n13.ord <= ?) as l1 from (
                      select row_number() over (order by t14.sort_0, t14.sort_1, t14.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text), dg_cursor_value(t14.sort_1::text)]::text[], t14.id) as cursor, (
                        select row_to_json(r15.*) from (
                          select dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text), dg_cursor_value(t14.sort_1::text)]::text[], t14.id) as "cursor"
                        ) r15
                      ) as l0, (
                        select row_to_json(r16.*) from (
                          select t14.excerpt as "excerpt", t14.end_offset as "endOffset"
                        ) r16
                      ) as l1 from (
                        select q17.*, q17.source_id as sort_0, q17.start_offset as sort_1 from citation q17 where q17.deal_id = c10.id order by q17.source_id, q17.start_offset, q17.id limit ?
                      ) t14
                    ) n13
                  ) a12
                ) z11
              ) as "citations", (
                select row_to_json(z18.*) from (
                  select ('[' || coalesce(a19.l0, '') || ']')::json as "edges" from (
                    select count(*) as fetched, (array_agg(n20.cursor order by n20.ord) filter (where n20.ord <= ?)) as cursors, string_agg(n20.l0::text, ',' order by n20.ord) filter (where n20.ord <= ?) as l0 from (
                      select row_number() over (order by t21.sort_0, t21.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t21.sort_0::text)]::text[], t21.id) as cursor, (
                        select row_to_json(r22.*) from (
                          select dg_cursor(cast(? as text), array[dg_cursor_value(t21.sort_0::text)]::text[], t21.id) as "cursor", null::text as "a1"
                        ) r22
                      ) as l0 from (
                        select q23.*, coalesce(q23.date_earliest, q23.date_latest, 'infinity'::date) as sort_0 from commitment q23 where q23.deal_id = c10.id order by coalesce(q23.date_earliest, q23.date_latest, 'infinity'::date), q23.id limit ?
                      ) t21
                    ) n20
                  ) a19
                ) z18
              ) as "commitments"
            ) r9
          ) from deal c10 where c10.id = t3.deal_id limit 1
        ) as "deal", coalesce(to_json((
          select (
            select row_to_json(r24.*) from (
              select coalesce(to_json(array(select a25.value from organization_alias a25 where a25.organization_id = c26.id and a25.kind = 'ALIAS' order by a25.value limit 100)), '{"$error":4}'::json) as "aliases", c26.slug as "slug", coalesce(to_json(dg_global_id('Organization', c26.slug)), '{"$error":5}'::json) as "id", c26.kind as "kind"
            ) r24
          ) from organization c26 where c26.id = t3.holder_id limit 1
        )), '{"$error":6}'::json) as "holder"
      ) r1
    ) from exclusive_term t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2027-01-03",2,2,2,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",3,3,3,"DATE:ASC","DATE:ASC",4,"microsoft-sole-cloud-for-third-party-api-products"]
