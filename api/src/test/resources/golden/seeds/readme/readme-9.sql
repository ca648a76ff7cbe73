-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":0}'::json) as "withoutAmount", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":1}'::json) as "competingClaimsSkipped", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":2}'::json) as "partsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select (
              select (
                select row_to_json(r4.*) from (
                  select c5.name as "name"
                ) r4
              ) from organization c5 where c5.id = g6.committer_id limit 1
            ) as "committer", coalesce(to_json(g6.unit), '{"$error":3}'::json) as "unit", coalesce(to_json(trim_scale(g6.total)::text), '{"$error":4}'::json) as "total", coalesce(to_json(g6.n), '{"$error":5}'::json) as "count", coalesce(to_json(g6.qualifiers), '{"$error":6}'::json) as "qualifiers", (
              select ('[' || coalesce(string_agg((
                select row_to_json(r7.*) from (
                  select c8.slug as "slug"
                ) r7
              )::text, ',' order by c8.id), '') || ']')::json from (
                select c8.* from commitment c8 where c8.id = any(g6.ids) order by c8.id limit ?
              ) c8 where true
            ) as "commitments"
          ) r3
        )::text, ',' order by g6.unit, g6.currency, g6.count_of, g6.total desc, g6.committer_id, g6.recipient_id, g6.kind), '') || ']')::json from (
          select g6.* from (
            select q9.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q9.unit as unit, q9.currency as currency, q9.count_of as count_of, sum(q9.amount) as total, sum(case when q9.firmness = 'FIRM' then q9.amount - (
              select coalesce(sum(pt10.amount), 0) from commitment pt10 where pt10.part_of_id = q9.id and pt10.unit = q9.unit and pt10.currency is not distinct from q9.currency and pt10.count_of is not distinct from q9.count_of and pt10.firmness <> 'FIRM' and pt10.amount is not null and (pt10.claim_group is null or pt10.claim_preferred) and not exists (select 1 from commitment am11 where am11.amends_id = pt10.id)
            ) else (
              select coalesce(sum(pt12.amount), 0) from commitment pt12 where pt12.part_of_id = q9.id and pt12.unit = q9.unit and pt12.currency is not distinct from q9.currency and pt12.count_of is not distinct from q9.count_of and pt12.firmness = 'FIRM' and pt12.amount is not null and (pt12.claim_group is null or pt12.claim_preferred) and not exists (select 1 from commitment am13 where am13.amends_id = pt12.id)
            ) end) as firm, sum(case when q9.firmness = 'CONTINGENT' then q9.amount - (
              select coalesce(sum(pt14.amount), 0) from commitment pt14 where pt14.part_of_id = q9.id and pt14.unit = q9.unit and pt14.currency is not distinct from q9.currency and pt14.count_of is not distinct from q9.count_of and pt14.firmness <> 'CONTINGENT' and pt14.amount is not null and (pt14.claim_group is null or pt14.claim_preferred) and not exists (select 1 from commitment am15 where am15.amends_id = pt14.id)
            ) else (
              select coalesce(sum(pt16.amount), 0) from commitment pt16 where pt16.part_of_id = q9.id and pt16.unit = q9.unit and pt16.currency is not distinct from q9.currency and pt16.count_of is not distinct from q9.count_of and pt16.firmness = 'CONTINGENT' and pt16.amount is not null and (pt16.claim_group is null or pt16.claim_preferred) and not exists (select 1 from commitment am17 where am17.amends_id = pt16.id)
            ) end) as contingent, sum(case when q9.firmness = 'UNKNOWN' then q9.amount - (
              select coalesce(sum(pt18.amount), 0) from commitment pt18 where pt18.part_of_id = q9.id and pt18.unit = q9.unit and pt18.currency is not distinct from q9.currency and pt18.count_of is not distinct from q9.count_of and pt18.firmness <> 'UNKNOWN' and pt18.amount is not null and (pt18.claim_group is null or pt18.claim_preferred) and not exists (select 1 from commitment am19 where am19.amends_id = pt18.id)
            ) else (
              select coalesce(sum(pt20.amount), 0) from commitment pt20 where pt20.part_of_id = q9.id and pt20.unit = q9.unit and pt20.currency is not distinct from q9.currency and pt20.count_of is not distinct from q9.count_of and pt20.firmness = 'UNKNOWN' and pt20.amount is not null and (pt20.claim_group is null or pt20.claim_preferred) and not exists (select 1 from commitment am21 where am21.amends_id = pt20.id)
            ) end) as unknown, count(*) as n, array_agg(distinct q9.qualifier order by q9.qualifier) as qualifiers, array_agg(q9.id order by q9.id) as ids from commitment q9 where q9.amount is not null and (q9.claim_group is null or q9.claim_preferred) and q9.part_of_id is null and not exists (select 1 from commitment am22 where am22.amends_id = q9.id) group by 1, 2, 3, q9.unit, q9.currency, q9.count_of
          ) g6 where true order by g6.unit, g6.currency, g6.count_of, g6.total desc, g6.committer_id, g6.recipient_id, g6.kind limit ?
        ) g6 where true
      ) as "groups" from commitment q2 where true group by ()
    ) r1
  )
)::text
-- values: [20,100]
-- activity
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json((count(distinct q2.id) filter (where (case when q2.date_earliest is not null and q2.date_latest is not null and date_trunc('month', q2.date_earliest) = date_trunc('month', q2.date_latest) then to_char(q2.date_earliest, 'YYYY-MM') end) is null))::int), '{"$error":0}'::json) as "notPlaced", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select g4.month as "month", coalesce(to_json(g4.n), '{"$error":1}'::json) as "count"
          ) r3
        )::text, ',' order by g4.month, g4.n desc, g4.key), '') || ']')::json from (
          select g4.* from (
            select case when q5.date_earliest is not null and q5.date_latest is not null and date_trunc('month', q5.date_earliest) = date_trunc('month', q5.date_latest) then to_char(q5.date_earliest, 'YYYY-MM') end as key, case when q5.date_earliest is not null and q5.date_latest is not null and date_trunc('month', q5.date_earliest) = date_trunc('month', q5.date_latest) then to_char(q5.date_earliest, 'YYYY-MM') end as month, null::bigint as organization_id, count(distinct q5.id)::int as n from (
              select i6.*, l7.organization_id from (
                select e8.id, e8.date_earliest, e8.date_latest, e8.date_precision from event e8
              ) i6 left join (
                select event_id as id, organization_id from event_organization
              ) l7 on l7.id = i6.id
            ) q5 where true group by 1 having case when q5.date_earliest is not null and q5.date_latest is not null and date_trunc('month', q5.date_earliest) = date_trunc('month', q5.date_latest) then to_char(q5.date_earliest, 'YYYY-MM') end is not null
          ) g4 where true order by g4.month, g4.n desc, g4.key limit ?
        ) g4 where true
      ) as "buckets" from (
        select i9.*, l10.organization_id from (
          select e11.id, e11.date_earliest, e11.date_latest, e11.date_precision from event e11
        ) i9 left join (
          select event_id as id, organization_id from event_organization
        ) l10 on l10.id = i9.id
      ) q2 where true group by ()
    ) r1
  )
)::text
-- values: [100]
-- timeline
select (
  (
    select case when o1.v is null then (
      select row_to_json(z2.*) from (
        select ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
          select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
            select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
              select row_to_json(r6.*) from (
                select coalesce(to_json(t5.kind), '{"$error":0}'::json) as "kind", coalesce(to_json((case when t5.date_precision is null then null else (
                  select row_to_json(r7.*) from (
                    select coalesce(to_json(dg_fuzzy_display(t5.date_earliest, t5.date_latest, t5.date_precision)), '{"$error":1}'::json) as "display"
                  ) r7
                ) end)), '{"$error":2}'::json) as "date", coalesce(to_json(t5.title), '{"$error":3}'::json) as "title", (
                  select row_to_json(z8.*) from (
                    select ('[' || coalesce(a9.l0, '') || ']')::json as "nodes" from (
                      select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors, string_agg(n10.l0::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l0 from (
                        select row_number() over (order by t11.sort_0, t11.sort_1, t11.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text), dg_cursor_value(t11.sort_1::text)]::text[], t11.id) as cursor, (
                          select row_to_json(r12.*) from (
                            select t11.excerpt as "excerpt", coalesce(to_json((
                              select (
                                select row_to_json(r13.*) from (
                                  select c14.title as "title"
                                ) r13
                              ) from source c14 where c14.id = t11.source_id limit 1
                            )), '{"$error":4}'::json) as "source"
                          ) r12
                        ) as l0 from (
                          select q15.*, q15.source_id as sort_0, q15.start_offset as sort_1 from citation q15 where case t5.kind when 'EVENT' then q15.event_id = t5.fact_id when 'DEAL_ANNOUNCED' then q15.deal_id = t5.fact_id when 'COMMITMENT' then q15.commitment_id = t5.fact_id when 'STATEMENT' then q15.statement_id = t5.fact_id when 'TERM_STARTED' then q15.exclusivity_term_id = t5.fact_id when 'TERM_ENDED' then q15.exclusivity_term_id = t5.fact_id when 'DEAL_STARTED' then q15.deal_id = t5.fact_id when 'DEAL_ENDED' then q15.deal_id = t5.fact_id when 'COMMITMENT_PERIOD_ENDED' then q15.commitment_id = t5.fact_id when 'CONDITION_DEADLINE' then q15.condition_id = t5.fact_id when 'AGREEMENT_TERM_STARTED' then q15.exclusivity_term_id = t5.fact_id when 'AGREEMENT_TERM_ENDED' then q15.exclusivity_term_id = t5.fact_id end order by q15.source_id, q15.start_offset, q15.id limit ?
                        ) t11
                      ) n10
                    ) a9
                  ) z8
                ) as "citations"
              ) r6
            ) as l0 from (
              select q16.*, coalesce(q16.date_earliest, q16.date_latest, 'infinity'::date) as sort_0 from (
                select (1::bigint << 40) + e17.id as id, 'EVENT' as kind, e17.id as fact_id, e17.title, e17.date_earliest, e17.date_latest, e17.date_precision, e17.date_text, array(select eo18.organization_id from event_organization eo18 where eo18.event_id = e17.id) as organization_ids from event e17 union all select (2::bigint << 40) + d19.id, 'DEAL_ANNOUNCED', d19.id, d19.title, d19.announced_earliest, d19.announced_latest, d19.announced_precision, d19.announced_text, array(select dp20.organization_id from deal_party dp20 where dp20.deal_id = d19.id) from deal d19 where d19.announced_precision is not null union all select (3::bigint << 40) + c21.id, 'COMMITMENT', c21.id, c21.description, c21.date_earliest, c21.date_latest, c21.date_precision, c21.date_text, array_remove(array[c21.committer_id, c21.recipient_id], null) from commitment c21 where c21.date_precision is not null union all select (4::bigint << 40) + s22.id, 'STATEMENT', s22.id, s22.quote, s22.date_earliest, s22.date_latest, s22.date_precision, s22.date_text, array(select coalesce(ss23.organization_id, p24.organization_id) from statement_speaker ss23 left join person p24 on p24.id = ss23.person_id where ss23.statement_id = s22.id) from statement s22 where s22.date_precision is not null union all select (5::bigint << 40) + t25.id, 'TERM_STARTED', t25.id, t25.scope, t25.valid_from_earliest, t25.valid_from_latest, t25.valid_from_precision, t25.valid_from_text, array[t25.grantor_id, t25.holder_id] from exclusive_term t25 where t25.valid_from_precision is not null union all select (6::bigint << 40) + t25.id, 'TERM_ENDED', t25.id, t25.scope, t25.valid_to_earliest, t25.valid_to_latest, t25.valid_to_precision, t25.valid_to_text, array[t25.grantor_id, t25.holder_id] from exclusive_term t25 where t25.valid_to_precision is not null union all select (7::bigint << 40) + d26.id, 'DEAL_STARTED', d26.id, d26.title, d26.effective_earliest, d26.effective_latest, d26.effective_precision, d26.effective_text, array(select dp27.organization_id from deal_party dp27 where dp27.deal_id = d26.id) from deal d26 where d26.effective_precision is not null union all select (8::bigint << 40) + d28.id, 'DEAL_ENDED', d28.id, d28.title, d28.ended_earliest, d28.ended_latest, d28.ended_precision, d28.ended_text, array(select dp29.organization_id from deal_party dp29 where dp29.deal_id = d28.id) from deal d28 where d28.ended_precision is not null union all select (9::bigint << 40) + c30.id, 'COMMITMENT_PERIOD_ENDED', c30.id, c30.description, c30.period_end_earliest, c30.period_end_latest, c30.period_end_precision, c30.period_end_text, array_remove(array[c30.committer_id, c30.recipient_id], null) from commitment c30 where c30.period_end_precision is not null union all select (10::bigint << 40) + k31.id, 'CONDITION_DEADLINE', k31.id, k31.words, k31.deadline_earliest, k31.deadline_latest, k31.deadline_precision, k31.deadline_text, array_remove(array[c32.committer_id, c32.recipient_id], null) from commitment_condition k31 join commitment c32 on c32.id = k31.commitment_id where k31.deadline_precision is not null union all select (11::bigint << 40) + t33.id, 'AGREEMENT_TERM_STARTED', t33.id, t33.scope, t33.valid_from_earliest, t33.valid_from_latest, t33.valid_from_precision, t33.valid_from_text, coalesce(nullif(array_remove(array[t33.grantor_id, t33.holder_id, t33.payer_id, t33.payee_id], null), '{}'), array(select dp34.organization_id from deal_party dp34 where dp34.deal_id = t33.deal_id)) from exclusivity_term t33 where t33.valid_from_precision is not null and not (t33.kind = 'EXCLUSIVITY' or (t33.kind = 'LICENCE' and coalesce(t33.exclusive, false))) union all select (12::bigint << 40) + t35.id, 'AGREEMENT_TERM_ENDED', t35.id, t35.scope, t35.valid_to_earliest, t35.valid_to_latest, t35.valid_to_precision, t35.valid_to_text, coalesce(nullif(array_remove(array[t35.grantor_id, t35.holder_id, t35.payer_id, t35.payee_id], null), '{}'), array(select dp36.organization_id from deal_party dp36 where dp36.deal_id = t35.deal_id)) from exclusivity_term t35 where t35.valid_to_precision is not null and not (t35.kind = 'EXCLUSIVITY' or (t35.kind = 'LICENCE' and coalesce(t35.exclusive, false)))
              ) q16 where (q16.date_precision is not null and coalesce(q16.date_latest, 'infinity'::date) >= cast(? as date)) and (q16.organization_ids && array(select o37.id from organization o37 where o37.slug = any(cast(? as text[])))) order by coalesce(q16.date_earliest, q16.date_latest, 'infinity'::date), q16.id limit ?
            ) t5
          ) n4
        ) a3
      ) z2
    ) else json_build_object('$error', 5, 'value', o1.v) end from (
      select (
        select s38.slug from unnest(cast(? as text[])) with ordinality s38(slug, at) where not exists (select 1 from organization o39 where o39.slug = s38.slug) order by s38.at limit 1
      )::text as v
    ) o1
  )
)::text
-- values: [5,5,"DATE:ASC",1,1,"SOURCE_POSITION:ASC",2,"2026-01-01",["microsoft"],6,["microsoft"]]
