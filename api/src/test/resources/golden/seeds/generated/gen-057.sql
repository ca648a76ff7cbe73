-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(coalesce((
          select in_force(cast(? as date), x2.start_earliest, x2.start_latest, x2.start_precision, x2.end_earliest, x2.end_latest, x2.end_precision) from exclusivity_term_timing x2 where x2.term_id = t3.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", (case when t3.valid_to_precision is null then null else (
          select row_to_json(r4.*) from (
            select coalesce(to_json(t3.valid_to_text), '{"$error":1}'::json) as "a0"
          ) r4
        ) end) as "validTo"
      ) r1
    ) from exclusivity_term t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2019-07-22","azure-exclusive-cloud-for-stateless-openai-apis"]
-- timeline
select (
  (
    select case when o1.v is null then (
      select row_to_json(z2.*) from (
        select (
          select count(*) from (
            select (1::bigint << 40) + e3.id as id, 'EVENT' as kind, e3.id as fact_id, e3.title, e3.date_earliest, e3.date_latest, e3.date_precision, e3.date_text, array(select eo4.organization_id from event_organization eo4 where eo4.event_id = e3.id) as organization_ids from event e3 union all select (2::bigint << 40) + d5.id, 'DEAL_ANNOUNCED', d5.id, d5.title, d5.announced_earliest, d5.announced_latest, d5.announced_precision, d5.announced_text, array(select dp6.organization_id from deal_party dp6 where dp6.deal_id = d5.id) from deal d5 where d5.announced_precision is not null union all select (3::bigint << 40) + c7.id, 'COMMITMENT', c7.id, c7.description, c7.date_earliest, c7.date_latest, c7.date_precision, c7.date_text, array_remove(array[c7.committer_id, c7.recipient_id], null) from commitment c7 where c7.date_precision is not null union all select (4::bigint << 40) + s8.id, 'STATEMENT', s8.id, s8.quote, s8.date_earliest, s8.date_latest, s8.date_precision, s8.date_text, array(select coalesce(ss9.organization_id, p10.organization_id) from statement_speaker ss9 left join person p10 on p10.id = ss9.person_id where ss9.statement_id = s8.id) from statement s8 where s8.date_precision is not null union all select (5::bigint << 40) + t11.id, 'TERM_STARTED', t11.id, t11.scope, t11.valid_from_earliest, t11.valid_from_latest, t11.valid_from_precision, t11.valid_from_text, array[t11.grantor_id, t11.holder_id] from exclusivity_term t11 where t11.valid_from_precision is not null union all select (6::bigint << 40) + t11.id, 'TERM_ENDED', t11.id, t11.scope, t11.valid_to_earliest, t11.valid_to_latest, t11.valid_to_precision, t11.valid_to_text, array[t11.grantor_id, t11.holder_id] from exclusivity_term t11 where t11.valid_to_precision is not null union all select (7::bigint << 40) + d12.id, 'DEAL_STARTED', d12.id, d12.title, d12.effective_earliest, d12.effective_latest, d12.effective_precision, d12.effective_text, array(select dp13.organization_id from deal_party dp13 where dp13.deal_id = d12.id) from deal d12 where d12.effective_precision is not null union all select (8::bigint << 40) + d14.id, 'DEAL_ENDED', d14.id, d14.title, d14.ended_earliest, d14.ended_latest, d14.ended_precision, d14.ended_text, array(select dp15.organization_id from deal_party dp15 where dp15.deal_id = d14.id) from deal d14 where d14.ended_precision is not null union all select (9::bigint << 40) + c16.id, 'COMMITMENT_PERIOD_ENDED', c16.id, c16.description, c16.period_end_earliest, c16.period_end_latest, c16.period_end_precision, c16.period_end_text, array_remove(array[c16.committer_id, c16.recipient_id], null) from commitment c16 where c16.period_end_precision is not null union all select (10::bigint << 40) + k17.id, 'CONDITION_DEADLINE', k17.id, k17.words, k17.deadline_earliest, k17.deadline_latest, k17.deadline_precision, k17.deadline_text, array_remove(array[c18.committer_id, c18.recipient_id], null) from commitment_condition k17 join commitment c18 on c18.id = k17.commitment_id where k17.deadline_precision is not null
          ) q19 where q19.organization_ids && array(select o20.id from organization o20 where o20.slug = any(cast(? as text[])))
        ) as "totalCount", ('[' || coalesce(a21.l0, '') || ']')::json as "edges", (
          select row_to_json(r22.*) from (
            select a21.fetched > ? as "hasNextPage"
          ) r22
        ) as "pageInfo" from (
          select count(*) as fetched, (array_agg(n23.cursor order by n23.ord) filter (where n23.ord <= ?)) as cursors, string_agg(n23.l0::text, ',' order by n23.ord) filter (where n23.ord <= ?) as l0 from (
            select row_number() over (order by t24.sort_0, t24.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t24.sort_0::text)]::text[], t24.id) as cursor, (
              select row_to_json(r25.*) from (
                select dg_cursor(cast(? as text), array[dg_cursor_value(t24.sort_0::text)]::text[], t24.id) as "cursor"
              ) r25
            ) as l0 from (
              select q19.*, coalesce(q19.date_earliest, q19.date_latest, 'infinity'::date) as sort_0 from (
                select (1::bigint << 40) + e3.id as id, 'EVENT' as kind, e3.id as fact_id, e3.title, e3.date_earliest, e3.date_latest, e3.date_precision, e3.date_text, array(select eo4.organization_id from event_organization eo4 where eo4.event_id = e3.id) as organization_ids from event e3 union all select (2::bigint << 40) + d5.id, 'DEAL_ANNOUNCED', d5.id, d5.title, d5.announced_earliest, d5.announced_latest, d5.announced_precision, d5.announced_text, array(select dp6.organization_id from deal_party dp6 where dp6.deal_id = d5.id) from deal d5 where d5.announced_precision is not null union all select (3::bigint << 40) + c7.id, 'COMMITMENT', c7.id, c7.description, c7.date_earliest, c7.date_latest, c7.date_precision, c7.date_text, array_remove(array[c7.committer_id, c7.recipient_id], null) from commitment c7 where c7.date_precision is not null union all select (4::bigint << 40) + s8.id, 'STATEMENT', s8.id, s8.quote, s8.date_earliest, s8.date_latest, s8.date_precision, s8.date_text, array(select coalesce(ss9.organization_id, p10.organization_id) from statement_speaker ss9 left join person p10 on p10.id = ss9.person_id where ss9.statement_id = s8.id) from statement s8 where s8.date_precision is not null union all select (5::bigint << 40) + t11.id, 'TERM_STARTED', t11.id, t11.scope, t11.valid_from_earliest, t11.valid_from_latest, t11.valid_from_precision, t11.valid_from_text, array[t11.grantor_id, t11.holder_id] from exclusivity_term t11 where t11.valid_from_precision is not null union all select (6::bigint << 40) + t11.id, 'TERM_ENDED', t11.id, t11.scope, t11.valid_to_earliest, t11.valid_to_latest, t11.valid_to_precision, t11.valid_to_text, array[t11.grantor_id, t11.holder_id] from exclusivity_term t11 where t11.valid_to_precision is not null union all select (7::bigint << 40) + d12.id, 'DEAL_STARTED', d12.id, d12.title, d12.effective_earliest, d12.effective_latest, d12.effective_precision, d12.effective_text, array(select dp13.organization_id from deal_party dp13 where dp13.deal_id = d12.id) from deal d12 where d12.effective_precision is not null union all select (8::bigint << 40) + d14.id, 'DEAL_ENDED', d14.id, d14.title, d14.ended_earliest, d14.ended_latest, d14.ended_precision, d14.ended_text, array(select dp15.organization_id from deal_party dp15 where dp15.deal_id = d14.id) from deal d14 where d14.ended_precision is not null union all select (9::bigint << 40) + c16.id, 'COMMITMENT_PERIOD_ENDED', c16.id, c16.description, c16.period_end_earliest, c16.period_end_latest, c16.period_end_precision, c16.period_end_text, array_remove(array[c16.committer_id, c16.recipient_id], null) from commitment c16 where c16.period_end_precision is not null union all select (10::bigint << 40) + k17.id, 'CONDITION_DEADLINE', k17.id, k17.words, k17.deadline_earliest, k17.deadline_latest, k17.deadline_precision, k17.deadline_text, array_remove(array[c18.committer_id, c18.recipient_id], null) from commitment_condition k17 join commitment c18 on c18.id = k17.commitment_id where k17.deadline_precision is not null
              ) q19 where q19.organization_ids && array(select o20.id from organization o20 where o20.slug = any(cast(? as text[]))) order by coalesce(q19.date_earliest, q19.date_latest, 'infinity'::date), q19.id limit ?
            ) t24
          ) n23
        ) a21
      ) z2
    ) else json_build_object('$error', 0, 'value', o1.v) end from (
      select (
        select s26.slug from unnest(cast(? as text[])) with ordinality s26(slug, at) where not exists (select 1 from organization o27 where o27.slug = s26.slug) order by s26.at limit 1
      )::text as v
    ) o1
  )
)::text
-- values: [["oracle"],20,20,20,"DATE:ASC","DATE:ASC",["oracle"],21,["oracle"]]
