-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[array_length(a3.cursors, 1)] as "endCursor", false as "hasPreviousPage", a3.cursors[1] as "startCursor", a3.fetched > ? as "hasNextPage"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select coalesce(to_json(t5.title), '{"$error":0}'::json) as "title", coalesce(to_json(t5.kind), '{"$error":1}'::json) as "kind", (
                select row_to_json(z7.*) from (
                  select (
                    select count(*) from citation q8 where case t5.kind when 'EVENT' then q8.event_id = t5.fact_id when 'DEAL_ANNOUNCED' then q8.deal_id = t5.fact_id when 'COMMITMENT' then q8.commitment_id = t5.fact_id when 'STATEMENT' then q8.statement_id = t5.fact_id when 'TERM_STARTED' then q8.exclusivity_term_id = t5.fact_id when 'TERM_ENDED' then q8.exclusivity_term_id = t5.fact_id end
                  ) as "totalCount", (
                    select row_to_json(r9.*) from (
                      select a10.fetched > ? as "hasNextPage", false as "hasPreviousPage"
                    ) r9
                  ) as "pageInfo", ('[' || coalesce(a10.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors, string_agg(n11.l0::text, ',' order by n11.ord) filter (where n11.ord <= ?) as l0 from (
                      select row_number() over (order by t12.sort_0, t12.sort_1, t12.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text), dg_cursor_value(t12.sort_1::text)]::text[], t12.id) as cursor, (
                        select row_to_json(r13.*) from (
                          select t12.credited_outlet as "creditedOutlet", t12.end_offset as "endOffset", t12.start_offset as "startOffset", t12.excerpt as "excerpt"
                        ) r13
                      ) as l0 from (
                        select q8.*, q8.source_id as sort_0, q8.start_offset as sort_1 from citation q8 where case t5.kind when 'EVENT' then q8.event_id = t5.fact_id when 'DEAL_ANNOUNCED' then q8.deal_id = t5.fact_id when 'COMMITMENT' then q8.commitment_id = t5.fact_id when 'STATEMENT' then q8.statement_id = t5.fact_id when 'TERM_STARTED' then q8.exclusivity_term_id = t5.fact_id when 'TERM_ENDED' then q8.exclusivity_term_id = t5.fact_id end order by q8.source_id, q8.start_offset, q8.id limit ?
                      ) t12
                    ) n11
                  ) a10
                ) z7
              ) as "citations", coalesce(to_json((case t5.kind when 'COMMITMENT' then (
                select (
                  select row_to_json(r14.*) from (
                    select 'Commitment'::text as "__typename"
                  ) r14
                ) from commitment c15 where c15.id = t5.fact_id limit 1
              ) when 'DEAL_ANNOUNCED' then (
                select (
                  select row_to_json(r16.*) from (
                    select 'Deal'::text as "__typename", c17.kind as "kind", c17.slug as "a1", c17.status as "status", coalesce(to_json(dg_global_id('Deal', c17.slug)), '{"$error":2}'::json) as "id", (
                      select row_to_json(z18.*) from (
                        select (
                          select count(*) from citation q19 where q19.deal_id = c17.id
                        ) as "totalCount", (
                          select row_to_json(r20.*) from (
                            select false as "hasPreviousPage", a21.cursors[array_length(a21.cursors, 1)] as "endCursor"
                          ) r20
                        ) as "pageInfo", ('[' || coalesce(a21.l0, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n22.cursor order by n22.ord) filter (where n22.ord <= ?)) as cursors, string_agg(n22.l0::text, ',' order by n22.ord) filter (where n22.ord <= ?) as l0 from (
                            select row_number() over (order by t23.sort_0, t23.sort_1, t23.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t23.sort_0::text), dg_cursor_value(t23.sort_1::text)]::text[], t23.id) as cursor, (
                              select row_to_json(r24.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t23.sort_0::text), dg_cursor_value(t23.sort_1::text)]::text[], t23.id) as "cursor"
                              ) r24
                            ) as l0 from (
                              select q19.*, q19.source_id as sort_0, q19.start_offset as sort_1 from citation q19 where q19.deal_id = c17.id order by q19.source_id, q19.start_offset, q19.id limit ?
                            ) t23
                          ) n22
                        ) a21
                      ) z18
                    ) as "citations"
                  ) r16
                ) from deal c17 where c17.id = t5.fact_id limit 1
              ) when 'EVENT' then (
                select (
                  select row_to_json(r25.*) from (
                    select 'Event'::text as "__typename"
                  ) r25
                ) from event c26 where c26.id = t5.fact_id limit 1
              ) when 'STATEMENT' then (
                select (
                  select row_to_json(r27.*) from (
                    select 'Statement'::text as "__typename"
                  ) r27
                ) from statement c28 where c28.id = t5.fact_id limit 1
              ) when 'TERM_ENDED' then (
                select (
                  select row_to_json(r29.*) from (
                    select 'ExclusivityTerm'::text as "__typename"
                  ) r29
                ) from exclusivity_term c30 where c30.id = t5.fact_id limit 1
              ) when 'TERM_STARTED' then (
                select (
                  select row_to_json(r31.*) from (
                    select 'ExclusivityTerm'::text as "__typename"
                  ) r31
                ) from exclusivity_term c32 where c32.id = t5.fact_id limit 1
              ) end)), '{"$error":3}'::json) as "fact"
            ) r6
          ) as l0 from (
            select q33.*, coalesce(q33.date_earliest, q33.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e34.id as id, 'EVENT' as kind, e34.id as fact_id, e34.title, e34.date_earliest, e34.date_latest, e34.date_precision, e34.date_text, array(select eo35.organization_id from event_organization eo35 where eo35.event_id = e34.id) as organization_ids from event e34 union all select (2::bigint << 40) + d36.id, 'DEAL_ANNOUNCED', d36.id, d36.title, d36.announced_earliest, d36.announced_latest, d36.announced_precision, d36.announced_text, array(select dp37.organization_id from deal_party dp37 where dp37.deal_id = d36.id) from deal d36 where d36.announced_precision is not null union all select (3::bigint << 40) + c38.id, 'COMMITMENT', c38.id, c38.description, c38.date_earliest, c38.date_latest, c38.date_precision, c38.date_text, array_remove(array[c38.committer_id, c38.recipient_id], null) from commitment c38 where c38.date_precision is not null union all select (4::bigint << 40) + s39.id, 'STATEMENT', s39.id, s39.quote, s39.date_earliest, s39.date_latest, s39.date_precision, s39.date_text, array(select coalesce(ss40.organization_id, p41.organization_id) from statement_speaker ss40 left join person p41 on p41.id = ss40.person_id where ss40.statement_id = s39.id) from statement s39 where s39.date_precision is not null union all select (5::bigint << 40) + t42.id, 'TERM_STARTED', t42.id, t42.scope, t42.valid_from_earliest, t42.valid_from_latest, t42.valid_from_precision, t42.valid_from_text, array[t42.grantor_id, t42.holder_id] from exclusivity_term t42 where t42.valid_from_precision is not null union all select (6::bigint << 40) + t42.id, 'TERM_ENDED', t42.id, t42.scope, t42.valid_to_earliest, t42.valid_to_latest, t42.valid_to_precision, t42.valid_to_text, array[t42.grantor_id, t42.holder_id] from exclusivity_term t42 where t42.valid_to_precision is not null
            ) q33 where true order by coalesce(q33.date_earliest, q33.date_latest, 'infinity'::date), q33.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [1,1,1,"DATE:ASC",1,1,1,"SOURCE_POSITION:ASC",2,3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,2]
