-- timeline
select (
  (
    select case when o1.v is null then (
      select row_to_json(z2.*) from (
        select (
          select count(*) from (
            select (1::bigint << 40) + e3.id as id, 'EVENT' as kind, e3.id as fact_id, e3.title, e3.date_earliest, e3.date_latest, e3.date_precision, e3.date_text, array(select eo4.organization_id from event_organization eo4 where eo4.event_id = e3.id) as organization_ids from event e3 union all select (2::bigint << 40) + d5.id, 'DEAL_ANNOUNCED', d5.id, d5.title, d5.announced_earliest, d5.announced_latest, d5.announced_precision, d5.announced_text, array(select dp6.organization_id from deal_party dp6 where dp6.deal_id = d5.id) from deal d5 where d5.announced_precision is not null union all select (3::bigint << 40) + c7.id, 'COMMITMENT', c7.id, c7.description, c7.date_earliest, c7.date_latest, c7.date_precision, c7.date_text, array_remove(array[c7.committer_id, c7.recipient_id], null) from commitment c7 where c7.date_precision is not null union all select (4::bigint << 40) + s8.id, 'STATEMENT', s8.id, s8.quote, s8.date_earliest, s8.date_latest, s8.date_precision, s8.date_text, array(select coalesce(ss9.organization_id, p10.organization_id) from statement_speaker ss9 left join person p10 on p10.id = ss9.person_id where ss9.statement_id = s8.id) from statement s8 where s8.date_precision is not null union all select (5::bigint << 40) + t11.id, 'TERM_STARTED', t11.id, t11.scope, t11.valid_from_earliest, t11.valid_from_latest, t11.valid_from_precision, t11.valid_from_text, array[t11.grantor_id, t11.holder_id] from exclusivity_term t11 where t11.valid_from_precision is not null union all select (6::bigint << 40) + t11.id, 'TERM_ENDED', t11.id, t11.scope, t11.valid_to_earliest, t11.valid_to_latest, t11.valid_to_precision, t11.valid_to_text, array[t11.grantor_id, t11.holder_id] from exclusivity_term t11 where t11.valid_to_precision is not null union all select (7::bigint << 40) + d12.id, 'DEAL_STARTED', d12.id, d12.title, d12.effective_earliest, d12.effective_latest, d12.effective_precision, d12.effective_text, array(select dp13.organization_id from deal_party dp13 where dp13.deal_id = d12.id) from deal d12 where d12.effective_precision is not null union all select (8::bigint << 40) + d14.id, 'DEAL_ENDED', d14.id, d14.title, d14.ended_earliest, d14.ended_latest, d14.ended_precision, d14.ended_text, array(select dp15.organization_id from deal_party dp15 where dp15.deal_id = d14.id) from deal d14 where d14.ended_precision is not null union all select (9::bigint << 40) + c16.id, 'COMMITMENT_PERIOD_ENDED', c16.id, c16.description, c16.period_end_earliest, c16.period_end_latest, c16.period_end_precision, c16.period_end_text, array_remove(array[c16.committer_id, c16.recipient_id], null) from commitment c16 where c16.period_end_precision is not null union all select (10::bigint << 40) + k17.id, 'CONDITION_DEADLINE', k17.id, k17.words, k17.deadline_earliest, k17.deadline_latest, k17.deadline_precision, k17.deadline_text, array_remove(array[c18.committer_id, c18.recipient_id], null) from commitment_condition k17 join commitment c18 on c18.id = k17.commitment_id where k17.deadline_precision is not null
          ) q19 where q19.organization_ids && array(select o20.id from organization o20 where o20.slug = any(cast(? as text[])))
        ) as "totalCount", (
          select row_to_json(r21.*) from (
            select a22.fetched > ? as "hasNextPage", false as "hasPreviousPage", a22.cursors[1] as "startCursor", a22.cursors[array_length(a22.cursors, 1)] as "endCursor"
          ) r21
        ) as "pageInfo", ('[' || coalesce(a22.l0, '') || ']')::json as "edges" from (
          select count(*) as fetched, (array_agg(n23.cursor order by n23.ord) filter (where n23.ord <= ?)) as cursors, string_agg(n23.l0::text, ',' order by n23.ord) filter (where n23.ord <= ?) as l0 from (
            select row_number() over (order by t24.sort_0, t24.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t24.sort_0::text)]::text[], t24.id) as cursor, (
              select row_to_json(r25.*) from (
                select dg_cursor(cast(? as text), array[dg_cursor_value(t24.sort_0::text)]::text[], t24.id) as "cursor", (
                  select row_to_json(r26.*) from (
                    select coalesce(to_json(t24.kind), '{"$error":0}'::json) as "kind", coalesce(to_json(t24.title), '{"$error":1}'::json) as "title", coalesce(to_json((case when t24.date_precision is null then null else (
                      select row_to_json(r27.*) from (
                        select t24.date_earliest as "earliest", t24.date_latest as "latest", coalesce(to_json(t24.date_precision), '{"$error":2}'::json) as "precision", coalesce(to_json(dg_fuzzy_display(t24.date_earliest, t24.date_latest, t24.date_precision)), '{"$error":3}'::json) as "display"
                      ) r27
                    ) end)), '{"$error":4}'::json) as "date", coalesce(to_json((case t24.kind when 'COMMITMENT' then (
                      select (
                        select row_to_json(r28.*) from (
                          select 'Commitment'::text as "__typename", c29.slug as "slug"
                        ) r28
                      ) from commitment c29 where c29.id = t24.fact_id limit 1
                    ) when 'COMMITMENT_PERIOD_ENDED' then (
                      select (
                        select row_to_json(r30.*) from (
                          select 'Commitment'::text as "__typename", c31.slug as "slug"
                        ) r30
                      ) from commitment c31 where c31.id = t24.fact_id limit 1
                    ) when 'CONDITION_DEADLINE' then (
                      select (
                        select row_to_json(r32.*) from (
                          select 'Condition'::text as "__typename"
                        ) r32
                      ) from commitment_condition c33 where c33.id = t24.fact_id limit 1
                    ) when 'DEAL_ANNOUNCED' then (
                      select (
                        select row_to_json(r34.*) from (
                          select 'Deal'::text as "__typename", c35.slug as "slug"
                        ) r34
                      ) from deal c35 where c35.id = t24.fact_id limit 1
                    ) when 'DEAL_ENDED' then (
                      select (
                        select row_to_json(r36.*) from (
                          select 'Deal'::text as "__typename", c37.slug as "slug"
                        ) r36
                      ) from deal c37 where c37.id = t24.fact_id limit 1
                    ) when 'DEAL_STARTED' then (
                      select (
                        select row_to_json(r38.*) from (
                          select 'Deal'::text as "__typename", c39.slug as "slug"
                        ) r38
                      ) from deal c39 where c39.id = t24.fact_id limit 1
                    ) when 'EVENT' then (
                      select (
                        select row_to_json(r40.*) from (
                          select 'Event'::text as "__typename", c41.slug as "slug"
                        ) r40
                      ) from event c41 where c41.id = t24.fact_id limit 1
                    ) when 'STATEMENT' then (
                      select (
                        select row_to_json(r42.*) from (
                          select 'Statement'::text as "__typename", c43.slug as "slug"
                        ) r42
                      ) from statement c43 where c43.id = t24.fact_id limit 1
                    ) when 'TERM_ENDED' then (
                      select (
                        select row_to_json(r44.*) from (
                          select 'ExclusivityTerm'::text as "__typename", c45.slug as "slug"
                        ) r44
                      ) from exclusivity_term c45 where c45.id = t24.fact_id limit 1
                    ) when 'TERM_STARTED' then (
                      select (
                        select row_to_json(r46.*) from (
                          select 'ExclusivityTerm'::text as "__typename", c47.slug as "slug"
                        ) r46
                      ) from exclusivity_term c47 where c47.id = t24.fact_id limit 1
                    ) end)), '{"$error":5}'::json) as "fact", (
                      select row_to_json(z48.*) from (
                        select (
                          select count(*) from citation q49 where case t24.kind when 'EVENT' then q49.event_id = t24.fact_id when 'DEAL_ANNOUNCED' then q49.deal_id = t24.fact_id when 'COMMITMENT' then q49.commitment_id = t24.fact_id when 'STATEMENT' then q49.statement_id = t24.fact_id when 'TERM_STARTED' then q49.exclusivity_term_id = t24.fact_id when 'TERM_ENDED' then q49.exclusivity_term_id = t24.fact_id when 'DEAL_STARTED' then q49.deal_id = t24.fact_id when 'DEAL_ENDED' then q49.deal_id = t24.fact_id when 'COMMITMENT_PERIOD_ENDED' then q49.commitment_id = t24.fact_id when 'CONDITION_DEADLINE' then q49.condition_id = t24.fact_id end
                        ) as "totalCount", ('[' || coalesce(a50.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n51.cursor order by n51.ord) filter (where n51.ord <= ?)) as cursors, string_agg(n51.l0::text, ',' order by n51.ord) filter (where n51.ord <= ?) as l0 from (
                            select row_number() over (order by t52.sort_0, t52.sort_1, t52.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t52.sort_0::text), dg_cursor_value(t52.sort_1::text)]::text[], t52.id) as cursor, (
                              select row_to_json(r53.*) from (
                                select t52.excerpt as "excerpt", t52.credited_outlet as "creditedOutlet", coalesce(to_json((
                                  select (
                                    select row_to_json(r54.*) from (
                                      select c55.slug as "slug"
                                    ) r54
                                  ) from source c55 where c55.id = t52.source_id limit 1
                                )), '{"$error":6}'::json) as "source"
                              ) r53
                            ) as l0 from (
                              select q49.*, q49.source_id as sort_0, q49.start_offset as sort_1 from citation q49 where case t24.kind when 'EVENT' then q49.event_id = t24.fact_id when 'DEAL_ANNOUNCED' then q49.deal_id = t24.fact_id when 'COMMITMENT' then q49.commitment_id = t24.fact_id when 'STATEMENT' then q49.statement_id = t24.fact_id when 'TERM_STARTED' then q49.exclusivity_term_id = t24.fact_id when 'TERM_ENDED' then q49.exclusivity_term_id = t24.fact_id when 'DEAL_STARTED' then q49.deal_id = t24.fact_id when 'DEAL_ENDED' then q49.deal_id = t24.fact_id when 'COMMITMENT_PERIOD_ENDED' then q49.commitment_id = t24.fact_id when 'CONDITION_DEADLINE' then q49.condition_id = t24.fact_id end order by q49.source_id, q49.start_offset, q49.id limit ?
                            ) t52
                          ) n51
                        ) a50
                      ) z48
                    ) as "citations"
                  ) r26
                ) as "node"
              ) r25
            ) as l0 from (
              select q19.*, coalesce(q19.date_earliest, q19.date_latest, 'infinity'::date) as sort_0 from (
                select (1::bigint << 40) + e3.id as id, 'EVENT' as kind, e3.id as fact_id, e3.title, e3.date_earliest, e3.date_latest, e3.date_precision, e3.date_text, array(select eo4.organization_id from event_organization eo4 where eo4.event_id = e3.id) as organization_ids from event e3 union all select (2::bigint << 40) + d5.id, 'DEAL_ANNOUNCED', d5.id, d5.title, d5.announced_earliest, d5.announced_latest, d5.announced_precision, d5.announced_text, array(select dp6.organization_id from deal_party dp6 where dp6.deal_id = d5.id) from deal d5 where d5.announced_precision is not null union all select (3::bigint << 40) + c7.id, 'COMMITMENT', c7.id, c7.description, c7.date_earliest, c7.date_latest, c7.date_precision, c7.date_text, array_remove(array[c7.committer_id, c7.recipient_id], null) from commitment c7 where c7.date_precision is not null union all select (4::bigint << 40) + s8.id, 'STATEMENT', s8.id, s8.quote, s8.date_earliest, s8.date_latest, s8.date_precision, s8.date_text, array(select coalesce(ss9.organization_id, p10.organization_id) from statement_speaker ss9 left join person p10 on p10.id = ss9.person_id where ss9.statement_id = s8.id) from statement s8 where s8.date_precision is not null union all select (5::bigint << 40) + t11.id, 'TERM_STARTED', t11.id, t11.scope, t11.valid_from_earliest, t11.valid_from_latest, t11.valid_from_precision, t11.valid_from_text, array[t11.grantor_id, t11.holder_id] from exclusivity_term t11 where t11.valid_from_precision is not null union all select (6::bigint << 40) + t11.id, 'TERM_ENDED', t11.id, t11.scope, t11.valid_to_earliest, t11.valid_to_latest, t11.valid_to_precision, t11.valid_to_text, array[t11.grantor_id, t11.holder_id] from exclusivity_term t11 where t11.valid_to_precision is not null union all select (7::bigint << 40) + d12.id, 'DEAL_STARTED', d12.id, d12.title, d12.effective_earliest, d12.effective_latest, d12.effective_precision, d12.effective_text, array(select dp13.organization_id from deal_party dp13 where dp13.deal_id = d12.id) from deal d12 where d12.effective_precision is not null union all select (8::bigint << 40) + d14.id, 'DEAL_ENDED', d14.id, d14.title, d14.ended_earliest, d14.ended_latest, d14.ended_precision, d14.ended_text, array(select dp15.organization_id from deal_party dp15 where dp15.deal_id = d14.id) from deal d14 where d14.ended_precision is not null union all select (9::bigint << 40) + c16.id, 'COMMITMENT_PERIOD_ENDED', c16.id, c16.description, c16.period_end_earliest, c16.period_end_latest, c16.period_end_precision, c16.period_end_text, array_remove(array[c16.committer_id, c16.recipient_id], null) from commitment c16 where c16.period_end_precision is not null union all select (10::bigint << 40) + k17.id, 'CONDITION_DEADLINE', k17.id, k17.words, k17.deadline_earliest, k17.deadline_latest, k17.deadline_precision, k17.deadline_text, array_remove(array[c18.committer_id, c18.recipient_id], null) from commitment_condition k17 join commitment c18 on c18.id = k17.commitment_id where k17.deadline_precision is not null
              ) q19 where q19.organization_ids && array(select o20.id from organization o20 where o20.slug = any(cast(? as text[]))) order by coalesce(q19.date_earliest, q19.date_latest, 'infinity'::date), q19.id limit ?
            ) t24
          ) n23
        ) a22
      ) z2
    ) else json_build_object('$error', 7, 'value', o1.v) end from (
      select (
        select s56.slug from unnest(cast(? as text[])) with ordinality s56(slug, at) where not exists (select 1 from organization o57 where o57.slug = s56.slug) order by s56.at limit 1
      )::text as v
    ) o1
  )
)::text
-- values: [["microsoft"],100,100,100,"DATE:ASC","DATE:ASC",20,20,"SOURCE_POSITION:ASC",21,["microsoft"],101,["microsoft"]]
