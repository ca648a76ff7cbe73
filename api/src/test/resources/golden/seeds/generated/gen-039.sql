-- r1
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes", ('[' || coalesce(a2.l1, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0, string_agg(n3.l1::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l1 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.horizon as "horizon", t4.modality as "modality", t4.claim_group as "claimGroup", t4.amount_text as "a3", (case when t4.date_precision is null then null else (
                select row_to_json(r6.*) from (
                  select coalesce(to_json(dg_fuzzy_display(t4.date_earliest, t4.date_latest, t4.date_precision)), '{"$error":0}'::json) as "display", coalesce(to_json(t4.date_precision), '{"$error":1}'::json) as "precision"
                ) r6
              ) end) as "date"
            ) r5
          ) as l0, (
            select row_to_json(r7.*) from (
              select null::text as "inForce", dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor"
            ) r7
          ) as l1 from (
            select q8.*, coalesce(q8.date_earliest, q8.date_latest, 'infinity'::date) as sort_0 from commitment q8 where true order by coalesce(q8.date_earliest, q8.date_latest, 'infinity'::date), q8.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [1,1,1,"DATE:ASC","DATE:ASC",2]
-- r2
select (
  (
    select case when o1.v is null then (
      select row_to_json(z2.*) from (
        select (
          select count(*) from (
            select (1::bigint << 40) + e3.id as id, 'EVENT' as kind, e3.id as fact_id, e3.title, e3.date_earliest, e3.date_latest, e3.date_precision, e3.date_text, array(select eo4.organization_id from event_organization eo4 where eo4.event_id = e3.id) as organization_ids from event e3 union all select (2::bigint << 40) + d5.id, 'DEAL_ANNOUNCED', d5.id, d5.title, d5.announced_earliest, d5.announced_latest, d5.announced_precision, d5.announced_text, array(select dp6.organization_id from deal_party dp6 where dp6.deal_id = d5.id) from deal d5 where d5.announced_precision is not null union all select (3::bigint << 40) + c7.id, 'COMMITMENT', c7.id, c7.description, c7.date_earliest, c7.date_latest, c7.date_precision, c7.date_text, array_remove(array[c7.committer_id, c7.recipient_id], null) from commitment c7 where c7.date_precision is not null union all select (4::bigint << 40) + s8.id, 'STATEMENT', s8.id, s8.quote, s8.date_earliest, s8.date_latest, s8.date_precision, s8.date_text, array(select coalesce(ss9.organization_id, p10.organization_id) from statement_speaker ss9 left join person p10 on p10.id = ss9.person_id where ss9.statement_id = s8.id) from statement s8 where s8.date_precision is not null union all select (5::bigint << 40) + t11.id, 'TERM_STARTED', t11.id, t11.scope, t11.valid_from_earliest, t11.valid_from_latest, t11.valid_from_precision, t11.valid_from_text, array[t11.grantor_id, t11.holder_id] from exclusivity_term t11 where t11.valid_from_precision is not null union all select (6::bigint << 40) + t11.id, 'TERM_ENDED', t11.id, t11.scope, t11.valid_to_earliest, t11.valid_to_latest, t11.valid_to_precision, t11.valid_to_text, array[t11.grantor_id, t11.holder_id] from exclusivity_term t11 where t11.valid_to_precision is not null
          ) q12 where q12.organization_ids && array(select o13.id from organization o13 where o13.slug = any(cast(? as text[])))
        ) as "a0", ('[' || coalesce(a14.l0, '') || ']')::json as "edges" from (
          select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
            select row_number() over (order by t16.sort_0, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text)]::text[], t16.id) as cursor, (
              select row_to_json(r17.*) from (
                select dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text)]::text[], t16.id) as "cursor", (
                  select row_to_json(r18.*) from (
                    select coalesce(to_json(t16.title), '{"$error":0}'::json) as "title", (
                      select row_to_json(z19.*) from (
                        select (
                          select count(*) from citation q20 where case t16.kind when 'EVENT' then q20.event_id = t16.fact_id when 'DEAL_ANNOUNCED' then q20.deal_id = t16.fact_id when 'COMMITMENT' then q20.commitment_id = t16.fact_id when 'STATEMENT' then q20.statement_id = t16.fact_id when 'TERM_STARTED' then q20.exclusivity_term_id = t16.fact_id when 'TERM_ENDED' then q20.exclusivity_term_id = t16.fact_id end
                        ) as "totalCount", ('[' || coalesce(a21.l0, '') || ']')::json as "nodes", (
                          select row_to_json(r22.*) from (
                            select a21.cursors[1] as "startCursor", false as "a1", a21.cursors[array_length(a21.cursors, 1)] as "endCursor"
                          ) r22
                        ) as "pageInfo" from (
                          select count(*) as fetched, (array_agg(n23.cursor order by n23.ord) filter (where n23.ord <= ?)) as cursors, string_agg(n23.l0::text, ',' order by n23.ord) filter (where n23.ord <= ?) as l0 from (
                            select row_number() over (order by t24.sort_0, t24.sort_1, t24.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t24.sort_0::text), dg_cursor_value(t24.sort_1::text)]::text[], t24.id) as cursor, (
                              select row_to_json(r25.*) from (
                                select t24.start_offset as "startOffset", t24.excerpt as "excerpt", t24.end_offset as "endOffset"
                              ) r25
                            ) as l0 from (
                              select q20.*, q20.source_id as sort_0, q20.start_offset as sort_1 from citation q20 where case t16.kind when 'EVENT' then q20.event_id = t16.fact_id when 'DEAL_ANNOUNCED' then q20.deal_id = t16.fact_id when 'COMMITMENT' then q20.commitment_id = t16.fact_id when 'STATEMENT' then q20.statement_id = t16.fact_id when 'TERM_STARTED' then q20.exclusivity_term_id = t16.fact_id when 'TERM_ENDED' then q20.exclusivity_term_id = t16.fact_id end order by q20.source_id, q20.start_offset, q20.id limit ?
                            ) t24
                          ) n23
                        ) a21
                      ) z19
                    ) as "citations"
                  ) r18
                ) as "node"
              ) r17
            ) as l0 from (
              select q12.*, coalesce(q12.date_earliest, q12.date_latest, 'infinity'::date) as sort_0 from (
                select (1::bigint << 40) + e3.id as id, 'EVENT' as kind, e3.id as fact_id, e3.title, e3.date_earliest, e3.date_latest, e3.date_precision, e3.date_text, array(select eo4.organization_id from event_organization eo4 where eo4.event_id = e3.id) as organization_ids from event e3 union all select (2::bigint << 40) + d5.id, 'DEAL_ANNOUNCED', d5.id, d5.title, d5.announced_earliest, d5.announced_latest, d5.announced_precision, d5.announced_text, array(select dp6.organization_id from deal_party dp6 where dp6.deal_id = d5.id) from deal d5 where d5.announced_precision is not null union all select (3::bigint << 40) + c7.id, 'COMMITMENT', c7.id, c7.description, c7.date_earliest, c7.date_latest, c7.date_precision, c7.date_text, array_remove(array[c7.committer_id, c7.recipient_id], null) from commitment c7 where c7.date_precision is not null union all select (4::bigint << 40) + s8.id, 'STATEMENT', s8.id, s8.quote, s8.date_earliest, s8.date_latest, s8.date_precision, s8.date_text, array(select coalesce(ss9.organization_id, p10.organization_id) from statement_speaker ss9 left join person p10 on p10.id = ss9.person_id where ss9.statement_id = s8.id) from statement s8 where s8.date_precision is not null union all select (5::bigint << 40) + t11.id, 'TERM_STARTED', t11.id, t11.scope, t11.valid_from_earliest, t11.valid_from_latest, t11.valid_from_precision, t11.valid_from_text, array[t11.grantor_id, t11.holder_id] from exclusivity_term t11 where t11.valid_from_precision is not null union all select (6::bigint << 40) + t11.id, 'TERM_ENDED', t11.id, t11.scope, t11.valid_to_earliest, t11.valid_to_latest, t11.valid_to_precision, t11.valid_to_text, array[t11.grantor_id, t11.holder_id] from exclusivity_term t11 where t11.valid_to_precision is not null
              ) q12 where q12.organization_ids && array(select o13.id from organization o13 where o13.slug = any(cast(? as text[]))) order by coalesce(q12.date_earliest, q12.date_latest, 'infinity'::date), q12.id limit ?
            ) t16
          ) n15
        ) a14
      ) z2
    ) else json_build_object('$error', 1, 'value', o1.v) end from (
      select (
        select s26.slug from unnest(cast(? as text[])) with ordinality s26(slug, at) where not exists (select 1 from organization o27 where o27.slug = s26.slug) order by s26.at limit 1
      )::text as v
    ) o1
  )
)::text
-- values: [["openai"],6,6,"DATE:ASC","DATE:ASC",3,3,"SOURCE_POSITION:ASC",4,["openai"],7,["openai"]]
