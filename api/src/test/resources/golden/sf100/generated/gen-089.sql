-- r1
select (
  '{"$error":0}'::json
)::text
-- values: []
-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.fetched > ? as "a0", a3.cursors[1] as "startCursor", a3.cursors[array_length(a3.cursors, 1)] as "endCursor", exists (
            select 1 from (
              select (1::bigint << 40) + e4.id as id, 'EVENT' as kind, e4.id as fact_id, e4.title, e4.date_earliest, e4.date_latest, e4.date_precision, e4.date_text, array(select eo5.organization_id from event_organization eo5 where eo5.event_id = e4.id) as organization_ids from event e4 union all select (2::bigint << 40) + d6.id, 'DEAL_ANNOUNCED', d6.id, d6.title, d6.announced_earliest, d6.announced_latest, d6.announced_precision, d6.announced_text, array(select dp7.organization_id from deal_party dp7 where dp7.deal_id = d6.id) from deal d6 where d6.announced_precision is not null union all select (3::bigint << 40) + c8.id, 'COMMITMENT', c8.id, c8.description, c8.date_earliest, c8.date_latest, c8.date_precision, c8.date_text, array_remove(array[c8.committer_id, c8.recipient_id], null) from commitment c8 where c8.date_precision is not null union all select (4::bigint << 40) + s9.id, 'STATEMENT', s9.id, s9.quote, s9.date_earliest, s9.date_latest, s9.date_precision, s9.date_text, array(select coalesce(ss10.organization_id, p11.organization_id) from statement_speaker ss10 left join person p11 on p11.id = ss10.person_id where ss10.statement_id = s9.id) from statement s9 where s9.date_precision is not null union all select (5::bigint << 40) + t12.id, 'TERM_STARTED', t12.id, t12.scope, t12.valid_from_earliest, t12.valid_from_latest, t12.valid_from_precision, t12.valid_from_text, array[t12.grantor_id, t12.holder_id] from exclusivity_term t12 where t12.valid_from_precision is not null union all select (6::bigint << 40) + t12.id, 'TERM_ENDED', t12.id, t12.scope, t12.valid_to_earliest, t12.valid_to_latest, t12.valid_to_precision, t12.valid_to_text, array[t12.grantor_id, t12.holder_id] from exclusivity_term t12 where t12.valid_to_precision is not null
            ) q13 where (q13.date_precision is not null and coalesce(q13.date_latest, 'infinity'::date) >= cast(? as date)) and (not (coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date), q13.id) > (cast(? as date), ?))
          ) as "a3"
        ) r2
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors from (
          select row_number() over (order by t15.sort_0, t15.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text)]::text[], t15.id) as cursor from (
            select q13.*, coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e4.id as id, 'EVENT' as kind, e4.id as fact_id, e4.title, e4.date_earliest, e4.date_latest, e4.date_precision, e4.date_text, array(select eo5.organization_id from event_organization eo5 where eo5.event_id = e4.id) as organization_ids from event e4 union all select (2::bigint << 40) + d6.id, 'DEAL_ANNOUNCED', d6.id, d6.title, d6.announced_earliest, d6.announced_latest, d6.announced_precision, d6.announced_text, array(select dp7.organization_id from deal_party dp7 where dp7.deal_id = d6.id) from deal d6 where d6.announced_precision is not null union all select (3::bigint << 40) + c8.id, 'COMMITMENT', c8.id, c8.description, c8.date_earliest, c8.date_latest, c8.date_precision, c8.date_text, array_remove(array[c8.committer_id, c8.recipient_id], null) from commitment c8 where c8.date_precision is not null union all select (4::bigint << 40) + s9.id, 'STATEMENT', s9.id, s9.quote, s9.date_earliest, s9.date_latest, s9.date_precision, s9.date_text, array(select coalesce(ss10.organization_id, p11.organization_id) from statement_speaker ss10 left join person p11 on p11.id = ss10.person_id where ss10.statement_id = s9.id) from statement s9 where s9.date_precision is not null union all select (5::bigint << 40) + t12.id, 'TERM_STARTED', t12.id, t12.scope, t12.valid_from_earliest, t12.valid_from_latest, t12.valid_from_precision, t12.valid_from_text, array[t12.grantor_id, t12.holder_id] from exclusivity_term t12 where t12.valid_from_precision is not null union all select (6::bigint << 40) + t12.id, 'TERM_ENDED', t12.id, t12.scope, t12.valid_to_earliest, t12.valid_to_latest, t12.valid_to_precision, t12.valid_to_text, array[t12.grantor_id, t12.holder_id] from exclusivity_term t12 where t12.valid_to_precision is not null
            ) q13 where (q13.date_precision is not null and coalesce(q13.date_latest, 'infinity'::date) >= cast(? as date)) and ((coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date), q13.id) > (cast(? as date), ?)) order by coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date), q13.id limit ?
          ) t15
        ) n14
      ) a3
    ) z1
  )
)::text
-- values: [8,"2025-11-02","2023-01-01",1099521627801,8,"DATE:ASC","2025-11-02","2023-01-01",1099521627801,9]
