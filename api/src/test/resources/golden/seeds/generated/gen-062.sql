-- timeline
select (
  (
    select case when o1.v is null then (
      select row_to_json(z2.*) from (
        select ('[' || coalesce(a3.l0, '') || ']')::json as "nodes", (
          select row_to_json(r4.*) from (
            select a3.fetched > ? as "hasNextPage"
          ) r4
        ) as "pageInfo" from (
          select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
            select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
              select row_to_json(r7.*) from (
                select coalesce(to_json(t6.title), '{"$error":0}'::json) as "title", coalesce(to_json(t6.kind), '{"$error":1}'::json) as "kind", coalesce(to_json((case when t6.date_precision is null then null else (
                  select row_to_json(r8.*) from (
                    select coalesce(to_json(t6.date_text), '{"$error":2}'::json) as "text", coalesce(to_json(dg_fuzzy_display(t6.date_earliest, t6.date_latest, t6.date_precision)), '{"$error":3}'::json) as "display"
                  ) r8
                ) end)), '{"$error":4}'::json) as "date"
              ) r7
            ) as l0 from (
              select q9.*, coalesce(q9.date_earliest, q9.date_latest, 'infinity'::date) as sort_0 from (
                select (1::bigint << 40) + e10.id as id, 'EVENT' as kind, e10.id as fact_id, e10.title, e10.date_earliest, e10.date_latest, e10.date_precision, e10.date_text, array(select eo11.organization_id from event_organization eo11 where eo11.event_id = e10.id) as organization_ids from event e10 union all select (2::bigint << 40) + d12.id, 'DEAL_ANNOUNCED', d12.id, d12.title, d12.announced_earliest, d12.announced_latest, d12.announced_precision, d12.announced_text, array(select dp13.organization_id from deal_party dp13 where dp13.deal_id = d12.id) from deal d12 where d12.announced_precision is not null union all select (3::bigint << 40) + c14.id, 'COMMITMENT', c14.id, c14.description, c14.date_earliest, c14.date_latest, c14.date_precision, c14.date_text, array_remove(array[c14.committer_id, c14.recipient_id], null) from commitment c14 where c14.date_precision is not null union all select (4::bigint << 40) + s15.id, 'STATEMENT', s15.id, s15.quote, s15.date_earliest, s15.date_latest, s15.date_precision, s15.date_text, array(select coalesce(ss16.organization_id, p17.organization_id) from statement_speaker ss16 left join person p17 on p17.id = ss16.person_id where ss16.statement_id = s15.id) from statement s15 where s15.date_precision is not null union all select (5::bigint << 40) + t18.id, 'TERM_STARTED', t18.id, t18.scope, t18.valid_from_earliest, t18.valid_from_latest, t18.valid_from_precision, t18.valid_from_text, array[t18.grantor_id, t18.holder_id] from exclusive_term t18 where t18.valid_from_precision is not null union all select (6::bigint << 40) + t18.id, 'TERM_ENDED', t18.id, t18.scope, t18.valid_to_earliest, t18.valid_to_latest, t18.valid_to_precision, t18.valid_to_text, array[t18.grantor_id, t18.holder_id] from exclusive_term t18 where t18.valid_to_precision is not null union all select (7::bigint << 40) + d19.id, 'DEAL_STARTED', d19.id, d19.title, d19.effective_earliest, d19.effective_latest, d19.effective_precision, d19.effective_text, array(select dp20.organization_id from deal_party dp20 where dp20.deal_id = d19.id) from deal d19 where d19.effective_precision is not null union all select (8::bigint << 40) + d21.id, 'DEAL_ENDED', d21.id, d21.title, d21.ended_earliest, d21.ended_latest, d21.ended_precision, d21.ended_text, array(select dp22.organization_id from deal_party dp22 where dp22.deal_id = d21.id) from deal d21 where d21.ended_precision is not null union all select (9::bigint << 40) + c23.id, 'COMMITMENT_PERIOD_ENDED', c23.id, c23.description, c23.period_end_earliest, c23.period_end_latest, c23.period_end_precision, c23.period_end_text, array_remove(array[c23.committer_id, c23.recipient_id], null) from commitment c23 where c23.period_end_precision is not null union all select (10::bigint << 40) + k24.id, 'CONDITION_DEADLINE', k24.id, k24.words, k24.deadline_earliest, k24.deadline_latest, k24.deadline_precision, k24.deadline_text, array_remove(array[c25.committer_id, c25.recipient_id], null) from commitment_condition k24 join commitment c25 on c25.id = k24.commitment_id where k24.deadline_precision is not null union all select (11::bigint << 40) + t26.id, 'AGREEMENT_TERM_STARTED', t26.id, t26.scope, t26.valid_from_earliest, t26.valid_from_latest, t26.valid_from_precision, t26.valid_from_text, coalesce(nullif(array_remove(array[t26.grantor_id, t26.holder_id, t26.payer_id, t26.payee_id], null), '{}'), array(select dp27.organization_id from deal_party dp27 where dp27.deal_id = t26.deal_id)) from exclusivity_term t26 where t26.valid_from_precision is not null and not (t26.kind = 'EXCLUSIVITY' or (t26.kind = 'LICENCE' and coalesce(t26.exclusive, false))) union all select (12::bigint << 40) + t28.id, 'AGREEMENT_TERM_ENDED', t28.id, t28.scope, t28.valid_to_earliest, t28.valid_to_latest, t28.valid_to_precision, t28.valid_to_text, coalesce(nullif(array_remove(array[t28.grantor_id, t28.holder_id, t28.payer_id, t28.payee_id], null), '{}'), array(select dp29.organization_id from deal_party dp29 where dp29.deal_id = t28.deal_id)) from exclusivity_term t28 where t28.valid_to_precision is not null and not (t28.kind = 'EXCLUSIVITY' or (t28.kind = 'LICENCE' and coalesce(t28.exclusive, false)))
              ) q9 where (q9.date_precision is not null and coalesce(q9.date_earliest, '-infinity'::date) <= cast(? as date)) and (q9.organization_ids && array(select o30.id from organization o30 where o30.slug = any(cast(? as text[])))) order by coalesce(q9.date_earliest, q9.date_latest, 'infinity'::date), q9.id limit ?
            ) t6
          ) n5
        ) a3
      ) z2
    ) else json_build_object('$error', 5, 'value', o1.v) end from (
      select (
        select s31.slug from unnest(cast(? as text[])) with ordinality s31(slug, at) where not exists (select 1 from organization o32 where o32.slug = s31.slug) order by s31.at limit 1
      )::text as v
    ) o1
  )
)::text
-- values: [3,3,3,"DATE:ASC","2026-04-13",["mgx"],4,["mgx"]]
