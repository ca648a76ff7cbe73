-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[array_length(a3.cursors, 1)] as "endCursor", exists (
            select 1 from (
              select (1::bigint << 40) + e4.id as id, 'EVENT' as kind, e4.id as fact_id, e4.title, e4.date_earliest, e4.date_latest, e4.date_precision, e4.date_text, array(select eo5.organization_id from event_organization eo5 where eo5.event_id = e4.id) as organization_ids from event e4 union all select (2::bigint << 40) + d6.id, 'DEAL_ANNOUNCED', d6.id, d6.title, d6.announced_earliest, d6.announced_latest, d6.announced_precision, d6.announced_text, array(select dp7.organization_id from deal_party dp7 where dp7.deal_id = d6.id) from deal d6 where d6.announced_precision is not null union all select (3::bigint << 40) + c8.id, 'COMMITMENT', c8.id, c8.description, c8.date_earliest, c8.date_latest, c8.date_precision, c8.date_text, array_remove(array[c8.committer_id, c8.recipient_id], null) from commitment c8 where c8.date_precision is not null union all select (4::bigint << 40) + s9.id, 'STATEMENT', s9.id, s9.quote, s9.date_earliest, s9.date_latest, s9.date_precision, s9.date_text, array(select coalesce(ss10.organization_id, p11.organization_id) from statement_speaker ss10 left join person p11 on p11.id = ss10.person_id where ss10.statement_id = s9.id) from statement s9 where s9.date_precision is not null union all select (5::bigint << 40) + t12.id, 'TERM_STARTED', t12.id, t12.scope, t12.valid_from_earliest, t12.valid_from_latest, t12.valid_from_precision, t12.valid_from_text, array[t12.grantor_id, t12.holder_id] from exclusivity_term t12 where t12.valid_from_precision is not null union all select (6::bigint << 40) + t12.id, 'TERM_ENDED', t12.id, t12.scope, t12.valid_to_earliest, t12.valid_to_latest, t12.valid_to_precision, t12.valid_to_text, array[t12.grantor_id, t12.holder_id] from exclusivity_term t12 where t12.valid_to_precision is not null
            ) q13 where (true) and (not (coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date), q13.id) > (cast(? as date), ?))
          ) as "hasPreviousPage", a3.cursors[1] as "startCursor", a3.fetched > ? as "hasNextPage"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors, string_agg(n14.l0::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l0 from (
          select row_number() over (order by t15.sort_0, t15.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text)]::text[], t15.id) as cursor, (
            select row_to_json(r16.*) from (
              select coalesce(to_json(t15.title), '{"$error":0}'::json) as "title", coalesce(to_json(t15.kind), '{"$error":1}'::json) as "kind", (
                select row_to_json(z17.*) from (
                  select (
                    select count(*) from citation q18 where case t15.kind when 'EVENT' then q18.event_id = t15.fact_id when 'DEAL_ANNOUNCED' then q18.deal_id = t15.fact_id when 'COMMITMENT' then q18.commitment_id = t15.fact_id when 'STATEMENT' then q18.statement_id = t15.fact_id when 'TERM_STARTED' then q18.exclusivity_term_id = t15.fact_id when 'TERM_ENDED' then q18.exclusivity_term_id = t15.fact_id end
                  ) as "totalCount", (
                    select row_to_json(r19.*) from (
                      select a20.fetched > ? as "hasNextPage", false as "hasPreviousPage"
                    ) r19
                  ) as "pageInfo", ('[' || coalesce(a20.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n21.cursor order by n21.ord) filter (where n21.ord <= ?)) as cursors, string_agg(n21.l0::text, ',' order by n21.ord) filter (where n21.ord <= ?) as l0 from (
                      select row_number() over (order by t22.sort_0, t22.sort_1, t22.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t22.sort_0::text), dg_cursor_value(t22.sort_1::text)]::text[], t22.id) as cursor, (
                        select row_to_json(r23.*) from (
                          select t22.credited_outlet as "creditedOutlet", t22.end_offset as "endOffset", t22.start_offset as "startOffset", t22.excerpt as "excerpt"
                        ) r23
                      ) as l0 from (
                        select q18.*, q18.source_id as sort_0, q18.start_offset as sort_1 from citation q18 where case t15.kind when 'EVENT' then q18.event_id = t15.fact_id when 'DEAL_ANNOUNCED' then q18.deal_id = t15.fact_id when 'COMMITMENT' then q18.commitment_id = t15.fact_id when 'STATEMENT' then q18.statement_id = t15.fact_id when 'TERM_STARTED' then q18.exclusivity_term_id = t15.fact_id when 'TERM_ENDED' then q18.exclusivity_term_id = t15.fact_id end order by q18.source_id, q18.start_offset, q18.id limit ?
                      ) t22
                    ) n21
                  ) a20
                ) z17
              ) as "citations", coalesce(to_json((case t15.kind when 'COMMITMENT' then (
                select (
                  select row_to_json(r24.*) from (
                    select 'Commitment'::text as "__typename"
                  ) r24
                ) from commitment c25 where c25.id = t15.fact_id limit 1
              ) when 'DEAL_ANNOUNCED' then (
                select (
                  select row_to_json(r26.*) from (
                    select 'Deal'::text as "__typename", c27.kind as "kind", c27.slug as "a1", c27.status as "status", coalesce(to_json(dg_global_id('Deal', c27.slug)), '{"$error":2}'::json) as "id", (
                      select row_to_json(z28.*) from (
                        select (
                          select count(*) from citation q29 where q29.deal_id = c27.id
                        ) as "totalCount", (
                          select row_to_json(r30.*) from (
                            select false as "hasPreviousPage", a31.cursors[array_length(a31.cursors, 1)] as "endCursor"
                          ) r30
                        ) as "pageInfo", ('[' || coalesce(a31.l0, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n32.cursor order by n32.ord) filter (where n32.ord <= ?)) as cursors, string_agg(n32.l0::text, ',' order by n32.ord) filter (where n32.ord <= ?) as l0 from (
                            select row_number() over (order by t33.sort_0, t33.sort_1, t33.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t33.sort_0::text), dg_cursor_value(t33.sort_1::text)]::text[], t33.id) as cursor, (
                              select row_to_json(r34.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t33.sort_0::text), dg_cursor_value(t33.sort_1::text)]::text[], t33.id) as "cursor"
                              ) r34
                            ) as l0 from (
                              select q29.*, q29.source_id as sort_0, q29.start_offset as sort_1 from citation q29 where q29.deal_id = c27.id order by q29.source_id, q29.start_offset, q29.id limit ?
                            ) t33
                          ) n32
                        ) a31
                      ) z28
                    ) as "citations"
                  ) r26
                ) from deal c27 where c27.id = t15.fact_id limit 1
              ) when 'EVENT' then (
                select (
                  select row_to_json(r35.*) from (
                    select 'Event'::text as "__typename"
                  ) r35
                ) from event c36 where c36.id = t15.fact_id limit 1
              ) when 'STATEMENT' then (
                select (
                  select row_to_json(r37.*) from (
                    select 'Statement'::text as "__typename"
                  ) r37
                ) from statement c38 where c38.id = t15.fact_id limit 1
              ) when 'TERM_ENDED' then (
                select (
                  select row_to_json(r39.*) from (
                    select 'ExclusivityTerm'::text as "__typename"
                  ) r39
                ) from exclusivity_term c40 where c40.id = t15.fact_id limit 1
              ) when 'TERM_STARTED' then (
                select (
                  select row_to_json(r41.*) from (
                    select 'ExclusivityTerm'::text as "__typename"
                  ) r41
                ) from exclusivity_term c42 where c42.id = t15.fact_id limit 1
              ) end)), '{"$error":3}'::json) as "fact"
            ) r16
          ) as l0 from (
            select q13.*, coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e4.id as id, 'EVENT' as kind, e4.id as fact_id, e4.title, e4.date_earliest, e4.date_latest, e4.date_precision, e4.date_text, array(select eo5.organization_id from event_organization eo5 where eo5.event_id = e4.id) as organization_ids from event e4 union all select (2::bigint << 40) + d6.id, 'DEAL_ANNOUNCED', d6.id, d6.title, d6.announced_earliest, d6.announced_latest, d6.announced_precision, d6.announced_text, array(select dp7.organization_id from deal_party dp7 where dp7.deal_id = d6.id) from deal d6 where d6.announced_precision is not null union all select (3::bigint << 40) + c8.id, 'COMMITMENT', c8.id, c8.description, c8.date_earliest, c8.date_latest, c8.date_precision, c8.date_text, array_remove(array[c8.committer_id, c8.recipient_id], null) from commitment c8 where c8.date_precision is not null union all select (4::bigint << 40) + s9.id, 'STATEMENT', s9.id, s9.quote, s9.date_earliest, s9.date_latest, s9.date_precision, s9.date_text, array(select coalesce(ss10.organization_id, p11.organization_id) from statement_speaker ss10 left join person p11 on p11.id = ss10.person_id where ss10.statement_id = s9.id) from statement s9 where s9.date_precision is not null union all select (5::bigint << 40) + t12.id, 'TERM_STARTED', t12.id, t12.scope, t12.valid_from_earliest, t12.valid_from_latest, t12.valid_from_precision, t12.valid_from_text, array[t12.grantor_id, t12.holder_id] from exclusivity_term t12 where t12.valid_from_precision is not null union all select (6::bigint << 40) + t12.id, 'TERM_ENDED', t12.id, t12.scope, t12.valid_to_earliest, t12.valid_to_latest, t12.valid_to_precision, t12.valid_to_text, array[t12.grantor_id, t12.holder_id] from exclusivity_term t12 where t12.valid_to_precision is not null
            ) q13 where (true) and ((coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date), q13.id) > (cast(? as date), ?)) order by coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date), q13.id limit ?
          ) t15
        ) n14
      ) a3
    ) z1
  )
)::text
-- values: ["2025-01-21",1099511627783,1,1,1,"DATE:ASC",1,1,1,"SOURCE_POSITION:ASC",2,3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,"2025-01-21",1099511627783,2]
