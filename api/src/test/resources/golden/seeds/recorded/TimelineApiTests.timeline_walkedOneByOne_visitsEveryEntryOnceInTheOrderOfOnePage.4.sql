-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_to_precision is not null
        ) q11 where true
      ) as "totalCount", (
        select row_to_json(r12.*) from (
          select a13.fetched > ? as "hasNextPage", exists (
            select 1 from (
              select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_to_precision is not null
            ) q11 where (true) and (not (coalesce(q11.date_earliest, q11.date_latest, 'infinity'::date), q11.id) > (cast(? as date), ?))
          ) as "hasPreviousPage", a13.cursors[1] as "startCursor", a13.cursors[array_length(a13.cursors, 1)] as "endCursor"
        ) r12
      ) as "pageInfo", ('[' || coalesce(a13.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors, string_agg(n14.l0::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l0 from (
          select row_number() over (order by t15.sort_0, t15.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text)]::text[], t15.id) as cursor, (
            select row_to_json(r16.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text)]::text[], t15.id) as "cursor", (
                select row_to_json(r17.*) from (
                  select coalesce(to_json(t15.kind), '{"$error":0}'::json) as "kind", coalesce(to_json(t15.title), '{"$error":1}'::json) as "title", coalesce(to_json((case when t15.date_precision is null then null else (
                    select row_to_json(r18.*) from (
                      select t15.date_earliest as "earliest", t15.date_latest as "latest", coalesce(to_json(t15.date_precision), '{"$error":2}'::json) as "precision", coalesce(to_json(dg_fuzzy_display(t15.date_earliest, t15.date_latest, t15.date_precision)), '{"$error":3}'::json) as "display"
                    ) r18
                  ) end)), '{"$error":4}'::json) as "date", coalesce(to_json((case t15.kind when 'COMMITMENT' then (
                    select (
                      select row_to_json(r19.*) from (
                        select 'Commitment'::text as "__typename", c20.slug as "slug"
                      ) r19
                    ) from commitment c20 where c20.id = t15.fact_id limit 1
                  ) when 'DEAL_ANNOUNCED' then (
                    select (
                      select row_to_json(r21.*) from (
                        select 'Deal'::text as "__typename", c22.slug as "slug"
                      ) r21
                    ) from deal c22 where c22.id = t15.fact_id limit 1
                  ) when 'EVENT' then (
                    select (
                      select row_to_json(r23.*) from (
                        select 'Event'::text as "__typename", c24.slug as "slug"
                      ) r23
                    ) from event c24 where c24.id = t15.fact_id limit 1
                  ) when 'STATEMENT' then (
                    select (
                      select row_to_json(r25.*) from (
                        select 'Statement'::text as "__typename", c26.slug as "slug"
                      ) r25
                    ) from statement c26 where c26.id = t15.fact_id limit 1
                  ) when 'TERM_ENDED' then (
                    select (
                      select row_to_json(r27.*) from (
                        select 'ExclusivityTerm'::text as "__typename", c28.slug as "slug"
                      ) r27
                    ) from exclusivity_term c28 where c28.id = t15.fact_id limit 1
                  ) when 'TERM_STARTED' then (
                    select (
                      select row_to_json(r29.*) from (
                        select 'ExclusivityTerm'::text as "__typename", c30.slug as "slug"
                      ) r29
                    ) from exclusivity_term c30 where c30.id = t15.fact_id limit 1
                  ) end)), '{"$error":5}'::json) as "fact", (
                    select row_to_json(z31.*) from (
                      select (
                        select count(*) from citation q32 where case t15.kind when 'EVENT' then q32.event_id = t15.fact_id when 'DEAL_ANNOUNCED' then q32.deal_id = t15.fact_id when 'COMMITMENT' then q32.commitment_id = t15.fact_id when 'STATEMENT' then q32.statement_id = t15.fact_id when 'TERM_STARTED' then q32.exclusivity_term_id = t15.fact_id when 'TERM_ENDED' then q32.exclusivity_term_id = t15.fact_id end
                      ) as "totalCount", ('[' || coalesce(a33.l0, '') || ']')::json as "nodes" from (
                        select count(*) as fetched, (array_agg(n34.cursor order by n34.ord) filter (where n34.ord <= ?)) as cursors, string_agg(n34.l0::text, ',' order by n34.ord) filter (where n34.ord <= ?) as l0 from (
                          select row_number() over (order by t35.sort_0, t35.sort_1, t35.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t35.sort_0::text), dg_cursor_value(t35.sort_1::text)]::text[], t35.id) as cursor, (
                            select row_to_json(r36.*) from (
                              select t35.excerpt as "excerpt", t35.credited_outlet as "creditedOutlet", coalesce(to_json((
                                select (
                                  select row_to_json(r37.*) from (
                                    select c38.slug as "slug"
                                  ) r37
                                ) from source c38 where c38.id = t35.source_id limit 1
                              )), '{"$error":6}'::json) as "source"
                            ) r36
                          ) as l0 from (
                            select q32.*, q32.source_id as sort_0, q32.start_offset as sort_1 from citation q32 where case t15.kind when 'EVENT' then q32.event_id = t15.fact_id when 'DEAL_ANNOUNCED' then q32.deal_id = t15.fact_id when 'COMMITMENT' then q32.commitment_id = t15.fact_id when 'STATEMENT' then q32.statement_id = t15.fact_id when 'TERM_STARTED' then q32.exclusivity_term_id = t15.fact_id when 'TERM_ENDED' then q32.exclusivity_term_id = t15.fact_id end order by q32.source_id, q32.start_offset, q32.id limit ?
                          ) t35
                        ) n34
                      ) a33
                    ) z31
                  ) as "citations"
                ) r17
              ) as "node"
            ) r16
          ) as l0 from (
            select q11.*, coalesce(q11.date_earliest, q11.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_to_precision is not null
            ) q11 where (true) and ((coalesce(q11.date_earliest, q11.date_latest, 'infinity'::date), q11.id) > (cast(? as date), ?)) order by coalesce(q11.date_earliest, q11.date_latest, 'infinity'::date), q11.id limit ?
          ) t15
        ) n14
      ) a13
    ) z1
  )
)::text
-- values: [1,"2025-01-21",2199023255560,1,1,"DATE:ASC","DATE:ASC",20,20,"SOURCE_POSITION:ASC",21,"2025-01-21",2199023255560,2]
