-- exclusivityTerms
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(array(select o6.outlet from (
                select distinct trim(o7.outlet) collate "C" as outlet from (
                  select cc8.source_id, cc8.credited_outlet, bool_or(cc8.credited_outlet is not null) over (partition by cc8.source_id) as credits from citation cc8 where cc8.exclusivity_term_id = t4.id
                ) c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') when c9.credits then array[]::text[] else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o7(outlet)
              ) o6 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", coalesce(to_json(t4.slug), '{"$error":1}'::json) as "slug", coalesce(to_json(coalesce((
                select in_force(cast(? as date), x11.start_earliest, x11.start_latest, x11.start_precision, x11.end_earliest, x11.end_latest, x11.end_precision) from exclusivity_term_timing x11 where x11.term_id = t4.id
              ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce"
            ) r5
          ) as l0 from (
            select q12.*, coalesce(q12.valid_from_earliest, q12.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x13.start_earliest, x13.start_latest, x13.start_precision, x13.end_earliest, x13.end_latest, x13.end_precision) as in_force from exclusive_term q12 join exclusivity_term_timing x13 on x13.term_id = q12.id where (q12.grantor_id = (
              select s14.id from organization s14 where s14.slug = ?
            )) and (in_force(cast(? as date), x13.start_earliest, x13.start_latest, x13.start_precision, x13.end_earliest, x13.end_latest, x13.end_precision) <> 'FALSE') order by coalesce(q12.valid_from_earliest, q12.valid_from_latest, 'infinity'::date), q12.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [3,3,"VALID_FROM:ASC","2026-01-01","2025-10-28","softbank","2025-10-28",4]
-- timeline
select (
  (
    select case when o1.v is null then (
      select row_to_json(z2.*) from (
        select (
          select row_to_json(r3.*) from (
            select a4.fetched > ? as "a0", false as "hasPreviousPage", a4.cursors[array_length(a4.cursors, 1)] as "endCursor"
          ) r3
        ) as "pageInfo" from (
          select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors from (
            select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor from (
              select q7.*, coalesce(q7.date_earliest, q7.date_latest, 'infinity'::date) as sort_0 from (
                select (1::bigint << 40) + e8.id as id, 'EVENT' as kind, e8.id as fact_id, e8.title, e8.date_earliest, e8.date_latest, e8.date_precision, e8.date_text, array(select eo9.organization_id from event_organization eo9 where eo9.event_id = e8.id) as organization_ids from event e8 union all select (2::bigint << 40) + d10.id, 'DEAL_ANNOUNCED', d10.id, d10.title, d10.announced_earliest, d10.announced_latest, d10.announced_precision, d10.announced_text, array(select dp11.organization_id from deal_party dp11 where dp11.deal_id = d10.id) from deal d10 where d10.announced_precision is not null union all select (3::bigint << 40) + c12.id, 'COMMITMENT', c12.id, c12.description, c12.date_earliest, c12.date_latest, c12.date_precision, c12.date_text, array_remove(array[c12.committer_id, c12.recipient_id], null) from commitment c12 where c12.date_precision is not null union all select (4::bigint << 40) + s13.id, 'STATEMENT', s13.id, s13.quote, s13.date_earliest, s13.date_latest, s13.date_precision, s13.date_text, array(select coalesce(ss14.organization_id, p15.organization_id) from statement_speaker ss14 left join person p15 on p15.id = ss14.person_id where ss14.statement_id = s13.id) from statement s13 where s13.date_precision is not null union all select (5::bigint << 40) + t16.id, 'TERM_STARTED', t16.id, t16.scope, t16.valid_from_earliest, t16.valid_from_latest, t16.valid_from_precision, t16.valid_from_text, array[t16.grantor_id, t16.holder_id] from exclusive_term t16 where t16.valid_from_precision is not null union all select (6::bigint << 40) + t16.id, 'TERM_ENDED', t16.id, t16.scope, t16.valid_to_earliest, t16.valid_to_latest, t16.valid_to_precision, t16.valid_to_text, array[t16.grantor_id, t16.holder_id] from exclusive_term t16 where t16.valid_to_precision is not null union all select (7::bigint << 40) + d17.id, 'DEAL_STARTED', d17.id, d17.title, d17.effective_earliest, d17.effective_latest, d17.effective_precision, d17.effective_text, array(select dp18.organization_id from deal_party dp18 where dp18.deal_id = d17.id) from deal d17 where d17.effective_precision is not null union all select (8::bigint << 40) + d19.id, 'DEAL_ENDED', d19.id, d19.title, d19.ended_earliest, d19.ended_latest, d19.ended_precision, d19.ended_text, array(select dp20.organization_id from deal_party dp20 where dp20.deal_id = d19.id) from deal d19 where d19.ended_precision is not null union all select (9::bigint << 40) + c21.id, 'COMMITMENT_PERIOD_ENDED', c21.id, c21.description, c21.period_end_earliest, c21.period_end_latest, c21.period_end_precision, c21.period_end_text, array_remove(array[c21.committer_id, c21.recipient_id], null) from commitment c21 where c21.period_end_precision is not null union all select (10::bigint << 40) + k22.id, 'CONDITION_DEADLINE', k22.id, k22.words, k22.deadline_earliest, k22.deadline_latest, k22.deadline_precision, k22.deadline_text, array_remove(array[c23.committer_id, c23.recipient_id], null) from commitment_condition k22 join commitment c23 on c23.id = k22.commitment_id where k22.deadline_precision is not null union all select (11::bigint << 40) + t24.id, 'AGREEMENT_TERM_STARTED', t24.id, t24.scope, t24.valid_from_earliest, t24.valid_from_latest, t24.valid_from_precision, t24.valid_from_text, coalesce(nullif(array_remove(array[t24.grantor_id, t24.holder_id, t24.payer_id, t24.payee_id], null), '{}'), array(select dp25.organization_id from deal_party dp25 where dp25.deal_id = t24.deal_id)) from exclusivity_term t24 where t24.valid_from_precision is not null and not (t24.kind = 'EXCLUSIVITY' or (t24.kind = 'LICENCE' and coalesce(t24.exclusive, false))) union all select (12::bigint << 40) + t26.id, 'AGREEMENT_TERM_ENDED', t26.id, t26.scope, t26.valid_to_earliest, t26.valid_to_latest, t26.valid_to_precision, t26.valid_to_text, coalesce(nullif(array_remove(array[t26.grantor_id, t26.holder_id, t26.payer_id, t26.payee_id], null), '{}'), array(select dp27.organization_id from deal_party dp27 where dp27.deal_id = t26.deal_id)) from exclusivity_term t26 where t26.valid_to_precision is not null and not (t26.kind = 'EXCLUSIVITY' or (t26.kind = 'LICENCE' and coalesce(t26.exclusive, false)))
              ) q7 where q7.organization_ids && array(select o28.id from organization o28 where o28.slug = any(cast(? as text[]))) order by coalesce(q7.date_earliest, q7.date_latest, 'infinity'::date), q7.id limit ?
            ) t6
          ) n5
        ) a4
      ) z2
    ) else json_build_object('$error', 0, 'value', o1.v) end from (
      select (
        select s29.slug from unnest(cast(? as text[])) with ordinality s29(slug, at) where not exists (select 1 from organization o30 where o30.slug = s29.slug) order by s29.at limit 1
      )::text as v
    ) o1
  )
)::text
-- values: [1,1,"DATE:ASC",["aws"],2,["aws"]]
