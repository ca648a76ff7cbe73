-- search
select (
  (
    select row_to_json(z1.*) from (
      select case when a2.fetched > 0 then array[]::text[] else array(select s3.word from (select distinct on (m4.word) m4.word, w5.at, m4.rank from unnest(cast(? as text[])) with ordinality w5(word, at) cross join lateral (select sw6.word, row_number() over (order by similarity(sw6.word, w5.word) desc, sw6.ndoc desc, sw6.word) as rank from search_word sw6 where sw6.word % w5.word order by similarity(sw6.word, w5.word) desc, sw6.ndoc desc, sw6.word limit 3) m4 where not exists (select 1 from search_word k7 where k7.word = w5.word) order by m4.word, w5.at, m4.rank) s3 order by s3.at, s3.rank) end as "suggestions", (
        select row_to_json(r8.*) from (
          select a2.cursors[1] as "startCursor"
        ) r8
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors from (
          select row_number() over (order by t10.sort_0 desc, t10.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text)]::text[], t10.id) as cursor from (
            select q11.*, q11.score as sort_0 from (
              select d12.*, w13 as tsq, ts_rank_cd(d12.tsv, w13) as score from search_document d12, websearch_to_tsquery('english', ?) w13 where d12.tsv @@ w13
            ) q11 where true order by q11.score desc, q11.id desc limit ?
          ) t10
        ) n9
      ) a2
    ) z1
  )
)::text
-- values: [["trainium"],7,"SCORE:DESC","Trainium",8]
-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges", (
        select row_to_json(r3.*) from (
          select false as "hasPreviousPage"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor"
            ) r6
          ) as l0 from (
            select q7.*, coalesce(q7.date_earliest, q7.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e8.id as id, 'EVENT' as kind, e8.id as fact_id, e8.title, e8.date_earliest, e8.date_latest, e8.date_precision, e8.date_text, array(select eo9.organization_id from event_organization eo9 where eo9.event_id = e8.id) as organization_ids from event e8 union all select (2::bigint << 40) + d10.id, 'DEAL_ANNOUNCED', d10.id, d10.title, d10.announced_earliest, d10.announced_latest, d10.announced_precision, d10.announced_text, array(select dp11.organization_id from deal_party dp11 where dp11.deal_id = d10.id) from deal d10 where d10.announced_precision is not null union all select (3::bigint << 40) + c12.id, 'COMMITMENT', c12.id, c12.description, c12.date_earliest, c12.date_latest, c12.date_precision, c12.date_text, array_remove(array[c12.committer_id, c12.recipient_id], null) from commitment c12 where c12.date_precision is not null union all select (4::bigint << 40) + s13.id, 'STATEMENT', s13.id, s13.quote, s13.date_earliest, s13.date_latest, s13.date_precision, s13.date_text, array(select coalesce(ss14.organization_id, p15.organization_id) from statement_speaker ss14 left join person p15 on p15.id = ss14.person_id where ss14.statement_id = s13.id) from statement s13 where s13.date_precision is not null union all select (5::bigint << 40) + t16.id, 'TERM_STARTED', t16.id, t16.scope, t16.valid_from_earliest, t16.valid_from_latest, t16.valid_from_precision, t16.valid_from_text, array[t16.grantor_id, t16.holder_id] from exclusive_term t16 where t16.valid_from_precision is not null union all select (6::bigint << 40) + t16.id, 'TERM_ENDED', t16.id, t16.scope, t16.valid_to_earliest, t16.valid_to_latest, t16.valid_to_precision, t16.valid_to_text, array[t16.grantor_id, t16.holder_id] from exclusive_term t16 where t16.valid_to_precision is not null union all select (7::bigint << 40) + d17.id, 'DEAL_STARTED', d17.id, d17.title, d17.effective_earliest, d17.effective_latest, d17.effective_precision, d17.effective_text, array(select dp18.organization_id from deal_party dp18 where dp18.deal_id = d17.id) from deal d17 where d17.effective_precision is not null union all select (8::bigint << 40) + d19.id, 'DEAL_ENDED', d19.id, d19.title, d19.ended_earliest, d19.ended_latest, d19.ended_precision, d19.ended_text, array(select dp20.organization_id from deal_party dp20 where dp20.deal_id = d19.id) from deal d19 where d19.ended_precision is not null union all select (9::bigint << 40) + c21.id, 'COMMITMENT_PERIOD_ENDED', c21.id, c21.description, c21.period_end_earliest, c21.period_end_latest, c21.period_end_precision, c21.period_end_text, array_remove(array[c21.committer_id, c21.recipient_id], null) from commitment c21 where c21.period_end_precision is not null union all select (10::bigint << 40) + k22.id, 'CONDITION_DEADLINE', k22.id, k22.words, k22.deadline_earliest, k22.deadline_latest, k22.deadline_precision, k22.deadline_text, array_remove(array[c23.committer_id, c23.recipient_id], null) from commitment_condition k22 join commitment c23 on c23.id = k22.commitment_id where k22.deadline_precision is not null union all select (11::bigint << 40) + t24.id, 'AGREEMENT_TERM_STARTED', t24.id, t24.scope, t24.valid_from_earliest, t24.valid_from_latest, t24.valid_from_precision, t24.valid_from_text, coalesce(nullif(array_remove(array[t24.grantor_id, t24.holder_id, t24.payer_id, t24.payee_id], null), '{}'), array(select dp25.organization_id from deal_party dp25 where dp25.deal_id = t24.deal_id)) from exclusivity_term t24 where t24.valid_from_precision is not null and not (t24.kind = 'EXCLUSIVITY' or (t24.kind = 'LICENCE' and coalesce(t24.exclusive, false))) union all select (12::bigint << 40) + t26.id, 'AGREEMENT_TERM_ENDED', t26.id, t26.scope, t26.valid_to_earliest, t26.valid_to_latest, t26.valid_to_precision, t26.valid_to_text, coalesce(nullif(array_remove(array[t26.grantor_id, t26.holder_id, t26.payer_id, t26.payee_id], null), '{}'), array(select dp27.organization_id from deal_party dp27 where dp27.deal_id = t26.deal_id)) from exclusivity_term t26 where t26.valid_to_precision is not null and not (t26.kind = 'EXCLUSIVITY' or (t26.kind = 'LICENCE' and coalesce(t26.exclusive, false)))
            ) q7 where true order by coalesce(q7.date_earliest, q7.date_latest, 'infinity'::date), q7.id limit ?
          ) t5
        ) n4
      ) a2
    ) z1
  )
)::text
-- values: [5,5,"DATE:ASC","DATE:ASC",6]
-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.claim_group as "claimGroup", coalesce(to_json(array(select o3.outlet from (
          select distinct trim(o4.outlet) collate "C" as outlet from (
            select cc5.source_id, cc5.credited_outlet, bool_or(cc5.credited_outlet is not null) over (partition by cc5.source_id) as credits from citation cc5 where cc5.commitment_id = t2.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o4(outlet)
        ) o3 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", coalesce(to_json(coalesce((
          select in_force(cast(? as date), x8.start_earliest, x8.start_latest, x8.start_precision, x8.end_earliest, x8.end_latest, x8.end_precision) from commitment_timing x8 where x8.commitment_id = t2.id
        ), 'UNKNOWN')), '{"$error":1}'::json) as "inForce", t2.description as "description", (
          select (
            select row_to_json(r9.*) from (
              select coalesce(to_json(array(select o10.outlet from (
                select distinct trim(o11.outlet) collate "C" as outlet from (
                  select cc12.source_id, cc12.credited_outlet, bool_or(cc12.credited_outlet is not null) over (partition by cc12.source_id) as credits from citation cc12 where cc12.deal_id = c13.id
                ) c14 join source s15 on s15.id = c14.source_id cross join lateral unnest(case when c14.credited_outlet is not null then string_to_array(c14.credited_outlet, ',') when c14.credits then array[]::text[] else array[coalesce(s15.publisher, s15.author, '“' || s15.title || '”')] end) as o11(outlet)
              ) o10 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", (
                select row_to_json(z16.*) from (
                  select (
                    select count(*) from citation q17 where q17.deal_id = c13.id
                  ) as "totalCount", ('[' || coalesce(a18.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n19.cursor order by n19.ord) filter (where n19.ord <= ?)) as cursors, string_agg(n19.l0::text, ',' order by n19.ord) filter (where n19.ord <= ?) as l0 from (
                      select row_number() over (order by t20.sort_0, t20.sort_1, t20.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t20.sort_0::text), dg_cursor_value(t20.sort_1::text)]::text[], t20.id) as cursor, (
                        select row_to_json(r21.*) from (
                          select t20.start_offset as "startOffset", t20.end_offset as "endOffset"
                        ) r21
                      ) as l0 from (
                        select q17.*, q17.source_id as sort_0, q17.start_offset as sort_1 from citation q17 where q17.deal_id = c13.id order by q17.source_id, q17.start_offset, q17.id limit ?
                      ) t20
                    ) n19
                  ) a18
                ) z16
              ) as "citations"
            ) r9
          ) from deal c13 where c13.id = t2.deal_id limit 1
        ) as "deal"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2026-04-30",2,2,"SOURCE_POSITION:ASC",3,"stargate-deploys-100b-immediately"]
