-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_to_precision is not null
        ) q11 where q11.date_precision is not null and coalesce(q11.date_latest, 'infinity'::date) >= cast(? as date)
      ) as "totalCount", ('[' || coalesce(a12.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors, string_agg(n13.l0::text, ',' order by n13.ord) filter (where n13.ord <= ?) as l0 from (
          select row_number() over (order by t14.sort_0, t14.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as cursor, (
            select row_to_json(r15.*) from (
              select coalesce(to_json(t14.kind), '{"$error":0}'::json) as "kind", coalesce(to_json(t14.title), '{"$error":1}'::json) as "title"
            ) r15
          ) as l0 from (
            select q11.*, coalesce(q11.date_earliest, q11.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_to_precision is not null
            ) q11 where q11.date_precision is not null and coalesce(q11.date_latest, 'infinity'::date) >= cast(? as date) order by coalesce(q11.date_earliest, q11.date_latest, 'infinity'::date), q11.id limit ?
          ) t14
        ) n13
      ) a12
    ) z1
  )
)::text
-- values: ["2026-04-28",20,20,"DATE:ASC","2026-04-28",21]
