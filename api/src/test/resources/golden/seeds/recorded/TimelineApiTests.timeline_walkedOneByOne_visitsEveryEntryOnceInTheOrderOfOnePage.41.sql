-- timeline
select (
  (
    select case when o1.v is null then (
      select row_to_json(z2.*) from (
        select (
          select count(*) from (
            select (1::bigint << 40) + e3.id as id, 'EVENT' as kind, e3.id as fact_id, e3.title, e3.date_earliest, e3.date_latest, e3.date_precision, e3.date_text, array(select eo4.organization_id from event_organization eo4 where eo4.event_id = e3.id) as organization_ids from event e3 union all select (2::bigint << 40) + d5.id, 'DEAL_ANNOUNCED', d5.id, d5.title, d5.announced_earliest, d5.announced_latest, d5.announced_precision, d5.announced_text, array(select dp6.organization_id from deal_party dp6 where dp6.deal_id = d5.id) from deal d5 where d5.announced_precision is not null union all select (3::bigint << 40) + c7.id, 'COMMITMENT', c7.id, c7.description, c7.date_earliest, c7.date_latest, c7.date_precision, c7.date_text, array_remove(array[c7.committer_id, c7.recipient_id], null) from commitment c7 where c7.date_precision is not null union all select (4::bigint << 40) + s8.id, 'STATEMENT', s8.id, s8.quote, s8.date_earliest, s8.date_latest, s8.date_precision, s8.date_text, array(select coalesce(ss9.organization_id, p10.organization_id) from statement_speaker ss9 left join person p10 on p10.id = ss9.person_id where ss9.statement_id = s8.id) from statement s8 where s8.date_precision is not null union all select (5::bigint << 40) + t11.id, 'TERM_STARTED', t11.id, t11.scope, t11.valid_from_earliest, t11.valid_from_latest, t11.valid_from_precision, t11.valid_from_text, array[t11.grantor_id, t11.holder_id] from exclusivity_term t11 where t11.valid_from_precision is not null union all select (6::bigint << 40) + t11.id, 'TERM_ENDED', t11.id, t11.scope, t11.valid_to_earliest, t11.valid_to_latest, t11.valid_to_precision, t11.valid_to_text, array[t11.grantor_id, t11.holder_id] from exclusivity_term t11 where t11.valid_to_precision is not null
          ) q12 where q12.organization_ids && array(select o13.id from organization o13 where o13.slug = any(cast(? as text[])))
        ) as "totalCount", (
          select row_to_json(r14.*) from (
            select a15.fetched > ? as "hasNextPage", false as "hasPreviousPage", a15.cursors[1] as "startCursor", a15.cursors[array_length(a15.cursors, 1)] as "endCursor"
          ) r14
        ) as "pageInfo", ('[' || coalesce(a15.l0, '') || ']')::json as "edges" from (
          select count(*) as fetched, (array_agg(n16.cursor order by n16.ord) filter (where n16.ord <= ?)) as cursors, string_agg(n16.l0::text, ',' order by n16.ord) filter (where n16.ord <= ?) as l0 from (
            select row_number() over (order by t17.sort_0 desc, t17.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t17.sort_0::text)]::text[], t17.id) as cursor, (
              select row_to_json(r18.*) from (
                select dg_cursor(cast(? as text), array[dg_cursor_value(t17.sort_0::text)]::text[], t17.id) as "cursor", (
                  select row_to_json(r19.*) from (
                    select coalesce(to_json(t17.kind), '{"$error":0}'::json) as "kind", coalesce(to_json(t17.title), '{"$error":1}'::json) as "title", coalesce(to_json((case when t17.date_precision is null then null else (
                      select row_to_json(r20.*) from (
                        select t17.date_earliest as "earliest", t17.date_latest as "latest", coalesce(to_json(t17.date_precision), '{"$error":2}'::json) as "precision", coalesce(to_json(dg_fuzzy_display(t17.date_earliest, t17.date_latest, t17.date_precision)), '{"$error":3}'::json) as "display"
                      ) r20
                    ) end)), '{"$error":4}'::json) as "date", coalesce(to_json((case t17.kind when 'COMMITMENT' then (
                      select (
                        select row_to_json(r21.*) from (
                          select 'Commitment'::text as "__typename", c22.slug as "slug"
                        ) r21
                      ) from commitment c22 where c22.id = t17.fact_id limit 1
                    ) when 'DEAL_ANNOUNCED' then (
                      select (
                        select row_to_json(r23.*) from (
                          select 'Deal'::text as "__typename", c24.slug as "slug"
                        ) r23
                      ) from deal c24 where c24.id = t17.fact_id limit 1
                    ) when 'EVENT' then (
                      select (
                        select row_to_json(r25.*) from (
                          select 'Event'::text as "__typename", c26.slug as "slug"
                        ) r25
                      ) from event c26 where c26.id = t17.fact_id limit 1
                    ) when 'STATEMENT' then (
                      select (
                        select row_to_json(r27.*) from (
                          select 'Statement'::text as "__typename", c28.slug as "slug"
                        ) r27
                      ) from statement c28 where c28.id = t17.fact_id limit 1
                    ) when 'TERM_ENDED' then (
                      select (
                        select row_to_json(r29.*) from (
                          select 'ExclusivityTerm'::text as "__typename", c30.slug as "slug"
                        ) r29
                      ) from exclusivity_term c30 where c30.id = t17.fact_id limit 1
                    ) when 'TERM_STARTED' then (
                      select (
                        select row_to_json(r31.*) from (
                          select 'ExclusivityTerm'::text as "__typename", c32.slug as "slug"
                        ) r31
                      ) from exclusivity_term c32 where c32.id = t17.fact_id limit 1
                    ) end)), '{"$error":5}'::json) as "fact", (
                      select row_to_json(z33.*) from (
                        select (
                          select count(*) from citation q34 where case t17.kind when 'EVENT' then q34.event_id = t17.fact_id when 'DEAL_ANNOUNCED' then q34.deal_id = t17.fact_id when 'COMMITMENT' then q34.commitment_id = t17.fact_id when 'STATEMENT' then q34.statement_id = t17.fact_id when 'TERM_STARTED' then q34.exclusivity_term_id = t17.fact_id when 'TERM_ENDED' then q34.exclusivity_term_id = t17.fact_id end
                        ) as "totalCount", ('[' || coalesce(a35.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n36.cursor order by n36.ord) filter (where n36.ord <= ?)) as cursors, string_agg(n36.l0::text, ',' order by n36.ord) filter (where n36.ord <= ?) as l0 from (
                            select row_number() over (order by t37.sort_0, t37.sort_1, t37.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t37.sort_0::text), dg_cursor_value(t37.sort_1::text)]::text[], t37.id) as cursor, (
                              select row_to_json(r38.*) from (
                                select t37.excerpt as "excerpt", t37.credited_outlet as "creditedOutlet", coalesce(to_json((
                                  select (
                                    select row_to_json(r39.*) from (
                                      select c40.slug as "slug"
                                    ) r39
                                  ) from source c40 where c40.id = t37.source_id limit 1
                                )), '{"$error":6}'::json) as "source"
                              ) r38
                            ) as l0 from (
                              select q34.*, q34.source_id as sort_0, q34.start_offset as sort_1 from citation q34 where case t17.kind when 'EVENT' then q34.event_id = t17.fact_id when 'DEAL_ANNOUNCED' then q34.deal_id = t17.fact_id when 'COMMITMENT' then q34.commitment_id = t17.fact_id when 'STATEMENT' then q34.statement_id = t17.fact_id when 'TERM_STARTED' then q34.exclusivity_term_id = t17.fact_id when 'TERM_ENDED' then q34.exclusivity_term_id = t17.fact_id end order by q34.source_id, q34.start_offset, q34.id limit ?
                            ) t37
                          ) n36
                        ) a35
                      ) z33
                    ) as "citations"
                  ) r19
                ) as "node"
              ) r18
            ) as l0 from (
              select q12.*, coalesce(q12.date_earliest, q12.date_latest, '-infinity'::date) as sort_0 from (
                select (1::bigint << 40) + e3.id as id, 'EVENT' as kind, e3.id as fact_id, e3.title, e3.date_earliest, e3.date_latest, e3.date_precision, e3.date_text, array(select eo4.organization_id from event_organization eo4 where eo4.event_id = e3.id) as organization_ids from event e3 union all select (2::bigint << 40) + d5.id, 'DEAL_ANNOUNCED', d5.id, d5.title, d5.announced_earliest, d5.announced_latest, d5.announced_precision, d5.announced_text, array(select dp6.organization_id from deal_party dp6 where dp6.deal_id = d5.id) from deal d5 where d5.announced_precision is not null union all select (3::bigint << 40) + c7.id, 'COMMITMENT', c7.id, c7.description, c7.date_earliest, c7.date_latest, c7.date_precision, c7.date_text, array_remove(array[c7.committer_id, c7.recipient_id], null) from commitment c7 where c7.date_precision is not null union all select (4::bigint << 40) + s8.id, 'STATEMENT', s8.id, s8.quote, s8.date_earliest, s8.date_latest, s8.date_precision, s8.date_text, array(select coalesce(ss9.organization_id, p10.organization_id) from statement_speaker ss9 left join person p10 on p10.id = ss9.person_id where ss9.statement_id = s8.id) from statement s8 where s8.date_precision is not null union all select (5::bigint << 40) + t11.id, 'TERM_STARTED', t11.id, t11.scope, t11.valid_from_earliest, t11.valid_from_latest, t11.valid_from_precision, t11.valid_from_text, array[t11.grantor_id, t11.holder_id] from exclusivity_term t11 where t11.valid_from_precision is not null union all select (6::bigint << 40) + t11.id, 'TERM_ENDED', t11.id, t11.scope, t11.valid_to_earliest, t11.valid_to_latest, t11.valid_to_precision, t11.valid_to_text, array[t11.grantor_id, t11.holder_id] from exclusivity_term t11 where t11.valid_to_precision is not null
              ) q12 where q12.organization_ids && array(select o13.id from organization o13 where o13.slug = any(cast(? as text[]))) order by coalesce(q12.date_earliest, q12.date_latest, '-infinity'::date) desc, q12.id desc limit ?
            ) t17
          ) n16
        ) a15
      ) z2
    ) else json_build_object('$error', 7, 'value', o1.v) end from (
      select (
        select s41.slug from unnest(cast(? as text[])) with ordinality s41(slug, at) where not exists (select 1 from organization o42 where o42.slug = s41.slug) order by s41.at limit 1
      )::text as v
    ) o1
  )
)::text
-- values: [["microsoft"],100,100,100,"DATE:DESC","DATE:DESC",20,20,"SOURCE_POSITION:ASC",21,["microsoft"],101,["microsoft"]]
