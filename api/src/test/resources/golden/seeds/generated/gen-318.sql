-- timeline
select (
  (
    select case when o1.v is null then (
      select row_to_json(z2.*) from (
        select (
          select count(*) from (
            select (1::bigint << 40) + e3.id as id, 'EVENT' as kind, e3.id as fact_id, e3.title, e3.date_earliest, e3.date_latest, e3.date_precision, e3.date_text, array(select eo4.organization_id from event_organization eo4 where eo4.event_id = e3.id) as organization_ids from event e3 union all select (2::bigint << 40) + d5.id, 'DEAL_ANNOUNCED', d5.id, d5.title, d5.announced_earliest, d5.announced_latest, d5.announced_precision, d5.announced_text, array(select dp6.organization_id from deal_party dp6 where dp6.deal_id = d5.id) from deal d5 where d5.announced_precision is not null union all select (3::bigint << 40) + c7.id, 'COMMITMENT', c7.id, c7.description, c7.date_earliest, c7.date_latest, c7.date_precision, c7.date_text, array_remove(array[c7.committer_id, c7.recipient_id], null) from commitment c7 where c7.date_precision is not null union all select (4::bigint << 40) + s8.id, 'STATEMENT', s8.id, s8.quote, s8.date_earliest, s8.date_latest, s8.date_precision, s8.date_text, array(select coalesce(ss9.organization_id, p10.organization_id) from statement_speaker ss9 left join person p10 on p10.id = ss9.person_id where ss9.statement_id = s8.id) from statement s8 where s8.date_precision is not null union all select (5::bigint << 40) + t11.id, 'TERM_STARTED', t11.id, t11.scope, t11.valid_from_earliest, t11.valid_from_latest, t11.valid_from_precision, t11.valid_from_text, array[t11.grantor_id, t11.holder_id] from exclusivity_term t11 where t11.valid_from_precision is not null union all select (6::bigint << 40) + t11.id, 'TERM_ENDED', t11.id, t11.scope, t11.valid_to_earliest, t11.valid_to_latest, t11.valid_to_precision, t11.valid_to_text, array[t11.grantor_id, t11.holder_id] from exclusivity_term t11 where t11.valid_to_precision is not null
          ) q12 where q12.organization_ids && array(select o13.id from organization o13 where o13.slug = any(cast(? as text[])))
        ) as "totalCount", ('[' || coalesce(a14.l0, '') || ']')::json as "nodes" from (
          select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
            select row_number() over (order by t16.sort_0, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text)]::text[], t16.id) as cursor, (
              select row_to_json(r17.*) from (
                select coalesce(to_json(t16.kind), '{"$error":0}'::json) as "kind", coalesce(to_json(t16.title), '{"$error":1}'::json) as "title"
              ) r17
            ) as l0 from (
              select q12.*, coalesce(q12.date_earliest, q12.date_latest, 'infinity'::date) as sort_0 from (
                select (1::bigint << 40) + e3.id as id, 'EVENT' as kind, e3.id as fact_id, e3.title, e3.date_earliest, e3.date_latest, e3.date_precision, e3.date_text, array(select eo4.organization_id from event_organization eo4 where eo4.event_id = e3.id) as organization_ids from event e3 union all select (2::bigint << 40) + d5.id, 'DEAL_ANNOUNCED', d5.id, d5.title, d5.announced_earliest, d5.announced_latest, d5.announced_precision, d5.announced_text, array(select dp6.organization_id from deal_party dp6 where dp6.deal_id = d5.id) from deal d5 where d5.announced_precision is not null union all select (3::bigint << 40) + c7.id, 'COMMITMENT', c7.id, c7.description, c7.date_earliest, c7.date_latest, c7.date_precision, c7.date_text, array_remove(array[c7.committer_id, c7.recipient_id], null) from commitment c7 where c7.date_precision is not null union all select (4::bigint << 40) + s8.id, 'STATEMENT', s8.id, s8.quote, s8.date_earliest, s8.date_latest, s8.date_precision, s8.date_text, array(select coalesce(ss9.organization_id, p10.organization_id) from statement_speaker ss9 left join person p10 on p10.id = ss9.person_id where ss9.statement_id = s8.id) from statement s8 where s8.date_precision is not null union all select (5::bigint << 40) + t11.id, 'TERM_STARTED', t11.id, t11.scope, t11.valid_from_earliest, t11.valid_from_latest, t11.valid_from_precision, t11.valid_from_text, array[t11.grantor_id, t11.holder_id] from exclusivity_term t11 where t11.valid_from_precision is not null union all select (6::bigint << 40) + t11.id, 'TERM_ENDED', t11.id, t11.scope, t11.valid_to_earliest, t11.valid_to_latest, t11.valid_to_precision, t11.valid_to_text, array[t11.grantor_id, t11.holder_id] from exclusivity_term t11 where t11.valid_to_precision is not null
              ) q12 where q12.organization_ids && array(select o13.id from organization o13 where o13.slug = any(cast(? as text[]))) order by coalesce(q12.date_earliest, q12.date_latest, 'infinity'::date), q12.id limit ?
            ) t16
          ) n15
        ) a14
      ) z2
    ) else json_build_object('$error', 2, 'value', o1.v) end from (
      select (
        select s18.slug from unnest(cast(? as text[])) with ordinality s18(slug, at) where not exists (select 1 from organization o19 where o19.slug = s18.slug) order by s18.at limit 1
      )::text as v
    ) o1
  )
)::text
-- values: [["microsoft"],2,2,"DATE:ASC",["microsoft"],3,["microsoft"]]
