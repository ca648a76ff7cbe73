-- timeline
select (
  (
    select case when o1.v is null then (
      select row_to_json(z2.*) from (
        select ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
          select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
            select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
              select row_to_json(r6.*) from (
                select coalesce(to_json(t5.title), '{"$error":0}'::json) as "title"
              ) r6
            ) as l0 from (
              select q7.*, coalesce(q7.date_earliest, q7.date_latest, 'infinity'::date) as sort_0 from (
                select (1::bigint << 40) + e8.id as id, 'EVENT' as kind, e8.id as fact_id, e8.title, e8.date_earliest, e8.date_latest, e8.date_precision, e8.date_text, array(select eo9.organization_id from event_organization eo9 where eo9.event_id = e8.id) as organization_ids from event e8 union all select (2::bigint << 40) + d10.id, 'DEAL_ANNOUNCED', d10.id, d10.title, d10.announced_earliest, d10.announced_latest, d10.announced_precision, d10.announced_text, array(select dp11.organization_id from deal_party dp11 where dp11.deal_id = d10.id) from deal d10 where d10.announced_precision is not null union all select (3::bigint << 40) + c12.id, 'COMMITMENT', c12.id, c12.description, c12.date_earliest, c12.date_latest, c12.date_precision, c12.date_text, array_remove(array[c12.committer_id, c12.recipient_id], null) from commitment c12 where c12.date_precision is not null union all select (4::bigint << 40) + s13.id, 'STATEMENT', s13.id, s13.quote, s13.date_earliest, s13.date_latest, s13.date_precision, s13.date_text, array(select coalesce(ss14.organization_id, p15.organization_id) from statement_speaker ss14 left join person p15 on p15.id = ss14.person_id where ss14.statement_id = s13.id) from statement s13 where s13.date_precision is not null union all select (5::bigint << 40) + t16.id, 'TERM_STARTED', t16.id, t16.scope, t16.valid_from_earliest, t16.valid_from_latest, t16.valid_from_precision, t16.valid_from_text, array[t16.grantor_id, t16.holder_id] from exclusive_term t16 where t16.valid_from_precision is not null union all select (6::bigint << 40) + t16.id, 'TERM_ENDED', t16.id, t16.scope, t16.valid_to_earliest, t16.valid_to_latest, t16.valid_to_precision, t16.valid_to_text, array[t16.grantor_id, t16.holder_id] from exclusive_term t16 where t16.valid_to_precision is not null union all select (7::bigint << 40) + d17.id, 'DEAL_STARTED', d17.id, d17.title, d17.effective_earliest, d17.effective_latest, d17.effective_precision, d17.effective_text, array(select dp18.organization_id from deal_party dp18 where dp18.deal_id = d17.id) from deal d17 where d17.effective_precision is not null union all select (8::bigint << 40) + d19.id, 'DEAL_ENDED', d19.id, d19.title, d19.ended_earliest, d19.ended_latest, d19.ended_precision, d19.ended_text, array(select dp20.organization_id from deal_party dp20 where dp20.deal_id = d19.id) from deal d19 where d19.ended_precision is not null union all select (9::bigint << 40) + c21.id, 'COMMITMENT_PERIOD_ENDED', c21.id, c21.description, c21.period_end_earliest, c21.period_end_latest, c21.period_end_precision, c21.period_end_text, array_remove(array[c21.committer_id, c21.recipient_id], null) from commitment c21 where c21.period_end_precision is not null union all select (10::bigint << 40) + k22.id, 'CONDITION_DEADLINE', k22.id, k22.words, k22.deadline_earliest, k22.deadline_latest, k22.deadline_precision, k22.deadline_text, array_remove(array[c23.committer_id, c23.recipient_id], null) from commitment_condition k22 join commitment c23 on c23.id = k22.commitment_id where k22.deadline_precision is not null union all select (11::bigint << 40) + t24.id, 'AGREEMENT_TERM_STARTED', t24.id, t24.scope, t24.valid_from_earliest, t24.valid_from_latest, t24.valid_from_precision, t24.valid_from_text, coalesce(nullif(array_remove(array[t24.grantor_id, t24.holder_id, t24.payer_id, t24.payee_id], null), '{}'), array(select dp25.organization_id from deal_party dp25 where dp25.deal_id = t24.deal_id)) from exclusivity_term t24 where t24.valid_from_precision is not null and not (t24.kind = 'EXCLUSIVITY' or (t24.kind = 'LICENCE' and coalesce(t24.exclusive, false))) union all select (12::bigint << 40) + t26.id, 'AGREEMENT_TERM_ENDED', t26.id, t26.scope, t26.valid_to_earliest, t26.valid_to_latest, t26.valid_to_precision, t26.valid_to_text, coalesce(nullif(array_remove(array[t26.grantor_id, t26.holder_id, t26.payer_id, t26.payee_id], null), '{}'), array(select dp27.organization_id from deal_party dp27 where dp27.deal_id = t26.deal_id)) from exclusivity_term t26 where t26.valid_to_precision is not null and not (t26.kind = 'EXCLUSIVITY' or (t26.kind = 'LICENCE' and coalesce(t26.exclusive, false)))
              ) q7 where (q7.organization_ids && array(select o28.id from organization o28 where o28.slug = any(cast(? as text[])))) and ((coalesce(q7.date_earliest, q7.date_latest, 'infinity'::date), q7.id) > (cast(? as date), ?)) order by coalesce(q7.date_earliest, q7.date_latest, 'infinity'::date), q7.id limit ?
            ) t5
          ) n4
        ) a3
      ) z2
    ) else json_build_object('$error', 1, 'value', o1.v) end from (
      select (
        select s29.slug from unnest(cast(? as text[])) with ordinality s29(slug, at) where not exists (select 1 from organization o30 where o30.slug = s29.slug) order by s29.at limit 1
      )::text as v
    ) o1
  )
)::text
-- values: [3,3,"DATE:ASC",["beacon-labs-111"],"2015-01-01",1099521628033,4,["beacon-labs-111"]]
-- r2
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":0}'::json) as "partsSkipped", coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":1}'::json) as "withoutAmount", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":2}'::json) as "competingClaimsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(g4.unit), '{"$error":3}'::json) as "unit", g4.kind as "kind", coalesce(to_json(g4.n), '{"$error":4}'::json) as "count", coalesce(to_json(trim_scale(g4.total)::text), '{"$error":5}'::json) as "total"
          ) r3
        )::text, ',' order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select null::bigint as committer_id, null::bigint as recipient_id, q5.kind as kind, q5.unit as unit, q5.currency as currency, q5.count_of as count_of, sum(q5.amount) as total, sum(case when q5.firmness = 'FIRM' then q5.amount - (
              select coalesce(sum(pt6.amount), 0) from commitment pt6 where pt6.part_of_id = q5.id and pt6.unit = q5.unit and pt6.currency is not distinct from q5.currency and pt6.count_of is not distinct from q5.count_of and pt6.firmness <> 'FIRM' and pt6.amount is not null and (pt6.claim_group is null or pt6.claim_preferred) and not exists (select 1 from commitment am7 where am7.amends_id = pt6.id)
            ) else (
              select coalesce(sum(pt8.amount), 0) from commitment pt8 where pt8.part_of_id = q5.id and pt8.unit = q5.unit and pt8.currency is not distinct from q5.currency and pt8.count_of is not distinct from q5.count_of and pt8.firmness = 'FIRM' and pt8.amount is not null and (pt8.claim_group is null or pt8.claim_preferred) and not exists (select 1 from commitment am9 where am9.amends_id = pt8.id)
            ) end) as firm, sum(case when q5.firmness = 'CONTINGENT' then q5.amount - (
              select coalesce(sum(pt10.amount), 0) from commitment pt10 where pt10.part_of_id = q5.id and pt10.unit = q5.unit and pt10.currency is not distinct from q5.currency and pt10.count_of is not distinct from q5.count_of and pt10.firmness <> 'CONTINGENT' and pt10.amount is not null and (pt10.claim_group is null or pt10.claim_preferred) and not exists (select 1 from commitment am11 where am11.amends_id = pt10.id)
            ) else (
              select coalesce(sum(pt12.amount), 0) from commitment pt12 where pt12.part_of_id = q5.id and pt12.unit = q5.unit and pt12.currency is not distinct from q5.currency and pt12.count_of is not distinct from q5.count_of and pt12.firmness = 'CONTINGENT' and pt12.amount is not null and (pt12.claim_group is null or pt12.claim_preferred) and not exists (select 1 from commitment am13 where am13.amends_id = pt12.id)
            ) end) as contingent, sum(case when q5.firmness = 'UNKNOWN' then q5.amount - (
              select coalesce(sum(pt14.amount), 0) from commitment pt14 where pt14.part_of_id = q5.id and pt14.unit = q5.unit and pt14.currency is not distinct from q5.currency and pt14.count_of is not distinct from q5.count_of and pt14.firmness <> 'UNKNOWN' and pt14.amount is not null and (pt14.claim_group is null or pt14.claim_preferred) and not exists (select 1 from commitment am15 where am15.amends_id = pt14.id)
            ) else (
              select coalesce(sum(pt16.amount), 0) from commitment pt16 where pt16.part_of_id = q5.id and pt16.unit = q5.unit and pt16.currency is not distinct from q5.currency and pt16.count_of is not distinct from q5.count_of and pt16.firmness = 'UNKNOWN' and pt16.amount is not null and (pt16.claim_group is null or pt16.claim_preferred) and not exists (select 1 from commitment am17 where am17.amends_id = pt16.id)
            ) end) as unknown, count(*) as n, array_agg(distinct q5.qualifier order by q5.qualifier) as qualifiers, array_agg(q5.id order by q5.id) as ids from commitment q5 where (q5.committer_id = (
              select s18.id from organization s18 where s18.slug = ?
            ) or q5.recipient_id = (
              select s19.id from organization s19 where s19.slug = ?
            ) or exists (select 1 from commitment_committer cc20 where cc20.commitment_id = q5.id and cc20.organization_id = (
              select s21.id from organization s21 where s21.slug = ?
            ))) and (q5.deal_id = (
              select s22.id from deal s22 where s22.slug = ?
            )) and (q5.modality = ?) and (q5.amount is not null and (q5.claim_group is null or q5.claim_preferred) and q5.part_of_id is null and not exists (select 1 from commitment am23 where am23.amends_id = q5.id)) group by 1, 2, 3, q5.unit, q5.currency, q5.count_of
          ) g4 where true order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from commitment q2 where (q2.committer_id = (
        select s24.id from organization s24 where s24.slug = ?
      ) or q2.recipient_id = (
        select s25.id from organization s25 where s25.slug = ?
      ) or exists (select 1 from commitment_committer cc26 where cc26.commitment_id = q2.id and cc26.organization_id = (
        select s27.id from organization s27 where s27.slug = ?
      ))) and (q2.deal_id = (
        select s28.id from deal s28 where s28.slug = ?
      )) and (q2.modality = ?) group by ()
    ) r1
  )
)::text
-- values: ["aurora-capital-231","aurora-capital-231","aurora-capital-231","nova-robotics-294-cobalt-compute-727-restructuring-7407","PLANNED",100,"aurora-capital-231","aurora-capital-231","aurora-capital-231","nova-robotics-294-cobalt-compute-727-restructuring-7407","PLANNED"]
