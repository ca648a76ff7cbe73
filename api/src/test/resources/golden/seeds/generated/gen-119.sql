-- nodes
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Organization'::text as "__typename", coalesce(to_json(dg_global_id('Organization', t2.slug)), '{"$error":0}'::json) as "id"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r3.*) from (
        select 'Commitment'::text as "__typename", coalesce(to_json(dg_global_id('Commitment', t4.slug)), '{"$error":1}'::json) as "id"
      ) r3
    ) from commitment t4 where t4.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r5.*) from (
        select 'Statement'::text as "__typename", coalesce(to_json(dg_global_id('Statement', t6.slug)), '{"$error":2}'::json) as "id", t6.quote as "quote", t6.slug as "slug", t6.channel as "channel", coalesce(to_json(array(select o7.outlet from (
          select distinct trim(o8.outlet) collate "C" as outlet from (
            select cc9.source_id, cc9.credited_outlet, bool_or(cc9.credited_outlet is not null) over (partition by cc9.source_id) as credits from citation cc9 where cc9.statement_id = t6.id
          ) c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') when c10.credits then array[]::text[] else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o8(outlet)
        ) o7 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", (
          select (
            select row_to_json(r12.*) from (
              select c13.status as "status", c13.title as "title", coalesce(to_json(dg_global_id('Deal', c13.slug)), '{"$error":4}'::json) as "id", (case when c13.ended_precision is null then null else (
                select row_to_json(r14.*) from (
                  select coalesce(to_json(c13.ended_precision), '{"$error":5}'::json) as "precision", coalesce(to_json(c13.ended_text), '{"$error":6}'::json) as "text"
                ) r14
              ) end) as "ended"
            ) r12
          ) from deal c13 where c13.id = t6.deal_id limit 1
        ) as "deal"
      ) r5
    ) from statement t6 where t6.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["oracle","openai-continues-increasing-azure-use-2025-01","microsoft-openai-joint-statement-evolve-partnership"]
-- timeline
select (
  (
    select case when o1.v is null then (
      select row_to_json(z2.*) from (
        select ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
          select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
            select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
              select row_to_json(r6.*) from (
                select coalesce(to_json(t5.title), '{"$error":0}'::json) as "title", (
                  select row_to_json(z7.*) from (
                    select ('[' || coalesce(a8.l0, '') || ']')::json as "nodes", (
                      select row_to_json(r9.*) from (
                        select a8.fetched > ? as "a0", a8.cursors[array_length(a8.cursors, 1)] as "endCursor", false as "hasPreviousPage"
                      ) r9
                    ) as "pageInfo" from (
                      select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors, string_agg(n10.l0::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l0 from (
                        select row_number() over (order by t11.sort_0, t11.sort_1, t11.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text), dg_cursor_value(t11.sort_1::text)]::text[], t11.id) as cursor, (
                          select row_to_json(r12.*) from (
                            select t11.credited_outlet as "creditedOutlet", t11.end_offset as "endOffset", t11.start_offset as "startOffset"
                          ) r12
                        ) as l0 from (
                          select q13.*, q13.source_id as sort_0, q13.start_offset as sort_1 from citation q13 where case t5.kind when 'EVENT' then q13.event_id = t5.fact_id when 'DEAL_ANNOUNCED' then q13.deal_id = t5.fact_id when 'COMMITMENT' then q13.commitment_id = t5.fact_id when 'STATEMENT' then q13.statement_id = t5.fact_id when 'TERM_STARTED' then q13.exclusivity_term_id = t5.fact_id when 'TERM_ENDED' then q13.exclusivity_term_id = t5.fact_id when 'DEAL_STARTED' then q13.deal_id = t5.fact_id when 'DEAL_ENDED' then q13.deal_id = t5.fact_id when 'COMMITMENT_PERIOD_ENDED' then q13.commitment_id = t5.fact_id when 'CONDITION_DEADLINE' then q13.condition_id = t5.fact_id when 'AGREEMENT_TERM_STARTED' then q13.exclusivity_term_id = t5.fact_id when 'AGREEMENT_TERM_ENDED' then q13.exclusivity_term_id = t5.fact_id end order by q13.source_id, q13.start_offset, q13.id limit ?
                        ) t11
                      ) n10
                    ) a8
                  ) z7
                ) as "citations"
              ) r6
            ) as l0 from (
              select q14.*, coalesce(q14.date_earliest, q14.date_latest, 'infinity'::date) as sort_0 from (
                select (1::bigint << 40) + e15.id as id, 'EVENT' as kind, e15.id as fact_id, e15.title, e15.date_earliest, e15.date_latest, e15.date_precision, e15.date_text, array(select eo16.organization_id from event_organization eo16 where eo16.event_id = e15.id) as organization_ids from event e15 union all select (2::bigint << 40) + d17.id, 'DEAL_ANNOUNCED', d17.id, d17.title, d17.announced_earliest, d17.announced_latest, d17.announced_precision, d17.announced_text, array(select dp18.organization_id from deal_party dp18 where dp18.deal_id = d17.id) from deal d17 where d17.announced_precision is not null union all select (3::bigint << 40) + c19.id, 'COMMITMENT', c19.id, c19.description, c19.date_earliest, c19.date_latest, c19.date_precision, c19.date_text, array_remove(array[c19.committer_id, c19.recipient_id], null) from commitment c19 where c19.date_precision is not null union all select (4::bigint << 40) + s20.id, 'STATEMENT', s20.id, s20.quote, s20.date_earliest, s20.date_latest, s20.date_precision, s20.date_text, array(select coalesce(ss21.organization_id, p22.organization_id) from statement_speaker ss21 left join person p22 on p22.id = ss21.person_id where ss21.statement_id = s20.id) from statement s20 where s20.date_precision is not null union all select (5::bigint << 40) + t23.id, 'TERM_STARTED', t23.id, t23.scope, t23.valid_from_earliest, t23.valid_from_latest, t23.valid_from_precision, t23.valid_from_text, array[t23.grantor_id, t23.holder_id] from exclusive_term t23 where t23.valid_from_precision is not null union all select (6::bigint << 40) + t23.id, 'TERM_ENDED', t23.id, t23.scope, t23.valid_to_earliest, t23.valid_to_latest, t23.valid_to_precision, t23.valid_to_text, array[t23.grantor_id, t23.holder_id] from exclusive_term t23 where t23.valid_to_precision is not null union all select (7::bigint << 40) + d24.id, 'DEAL_STARTED', d24.id, d24.title, d24.effective_earliest, d24.effective_latest, d24.effective_precision, d24.effective_text, array(select dp25.organization_id from deal_party dp25 where dp25.deal_id = d24.id) from deal d24 where d24.effective_precision is not null union all select (8::bigint << 40) + d26.id, 'DEAL_ENDED', d26.id, d26.title, d26.ended_earliest, d26.ended_latest, d26.ended_precision, d26.ended_text, array(select dp27.organization_id from deal_party dp27 where dp27.deal_id = d26.id) from deal d26 where d26.ended_precision is not null union all select (9::bigint << 40) + c28.id, 'COMMITMENT_PERIOD_ENDED', c28.id, c28.description, c28.period_end_earliest, c28.period_end_latest, c28.period_end_precision, c28.period_end_text, array_remove(array[c28.committer_id, c28.recipient_id], null) from commitment c28 where c28.period_end_precision is not null union all select (10::bigint << 40) + k29.id, 'CONDITION_DEADLINE', k29.id, k29.words, k29.deadline_earliest, k29.deadline_latest, k29.deadline_precision, k29.deadline_text, array_remove(array[c30.committer_id, c30.recipient_id], null) from commitment_condition k29 join commitment c30 on c30.id = k29.commitment_id where k29.deadline_precision is not null union all select (11::bigint << 40) + t31.id, 'AGREEMENT_TERM_STARTED', t31.id, t31.scope, t31.valid_from_earliest, t31.valid_from_latest, t31.valid_from_precision, t31.valid_from_text, coalesce(nullif(array_remove(array[t31.grantor_id, t31.holder_id, t31.payer_id, t31.payee_id], null), '{}'), array(select dp32.organization_id from deal_party dp32 where dp32.deal_id = t31.deal_id)) from exclusivity_term t31 where t31.valid_from_precision is not null and not (t31.kind = 'EXCLUSIVITY' or (t31.kind = 'LICENCE' and coalesce(t31.exclusive, false))) union all select (12::bigint << 40) + t33.id, 'AGREEMENT_TERM_ENDED', t33.id, t33.scope, t33.valid_to_earliest, t33.valid_to_latest, t33.valid_to_precision, t33.valid_to_text, coalesce(nullif(array_remove(array[t33.grantor_id, t33.holder_id, t33.payer_id, t33.payee_id], null), '{}'), array(select dp34.organization_id from deal_party dp34 where dp34.deal_id = t33.deal_id)) from exclusivity_term t33 where t33.valid_to_precision is not null and not (t33.kind = 'EXCLUSIVITY' or (t33.kind = 'LICENCE' and coalesce(t33.exclusive, false)))
              ) q14 where (q14.date_precision is not null and coalesce(q14.date_latest, 'infinity'::date) >= cast(? as date)) and (q14.date_precision is not null and coalesce(q14.date_earliest, '-infinity'::date) <= cast(? as date)) and (q14.organization_ids && array(select o35.id from organization o35 where o35.slug = any(cast(? as text[])))) order by coalesce(q14.date_earliest, q14.date_latest, 'infinity'::date), q14.id limit ?
            ) t5
          ) n4
        ) a3
      ) z2
    ) else json_build_object('$error', 1, 'value', o1.v) end from (
      select (
        select s36.slug from unnest(cast(? as text[])) with ordinality s36(slug, at) where not exists (select 1 from organization o37 where o37.slug = s36.slug) order by s36.at limit 1
      )::text as v
    ) o1
  )
)::text
-- values: [4,4,"DATE:ASC",3,3,3,"SOURCE_POSITION:ASC",4,"2016-06-01","2025-11-03",["mgx"],5,["mgx"]]
