-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", t2.name as "name", (
          select row_to_json(z3.*) from (
            select (
              select count(*) from person q4 where q4.organization_id = t2.id
            ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
                select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
                  select row_to_json(r8.*) from (
                    select coalesce(to_json((select count(*)::int from (
                      select distinct trim(o9.outlet) collate "C" as outlet from (
                        select cc10.source_id, cc10.credited_outlet, bool_or(cc10.credited_outlet is not null) over (partition by cc10.source_id) as credits from citation cc10 where cc10.person_id = t7.id
                      ) c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') when c11.credits then array[]::text[] else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o9(outlet)
                    ) o13)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(array(select o14.outlet from (
                      select distinct trim(o15.outlet) collate "C" as outlet from (
                        select cc16.source_id, cc16.credited_outlet, bool_or(cc16.credited_outlet is not null) over (partition by cc16.source_id) as credits from citation cc16 where cc16.person_id = t7.id
                      ) c17 join source s18 on s18.id = c17.source_id cross join lateral unnest(case when c17.credited_outlet is not null then string_to_array(c17.credited_outlet, ',') when c17.credits then array[]::text[] else array[coalesce(s18.publisher, s18.author, '“' || s18.title || '”')] end) as o15(outlet)
                    ) o14 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", (
                      select row_to_json(z19.*) from (
                        select ('[' || coalesce(a20.l0, '') || ']')::json as "edges", (
                          select row_to_json(r21.*) from (
                            select exists (
                              select 1 from citation q22 where (q22.person_id = t7.id) and (not (q22.source_id, q22.start_offset, q22.id) > (cast(? as bigint), cast(? as integer), ?))
                            ) as "hasPreviousPage"
                          ) r21
                        ) as "pageInfo" from (
                          select count(*) as fetched, (array_agg(n23.cursor order by n23.ord) filter (where n23.ord <= ?)) as cursors, string_agg(n23.l0::text, ',' order by n23.ord) filter (where n23.ord <= ?) as l0 from (
                            select row_number() over (order by t24.sort_0, t24.sort_1, t24.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t24.sort_0::text), dg_cursor_value(t24.sort_1::text)]::text[], t24.id) as cursor, (
                              select row_to_json(r25.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t24.sort_0::text), dg_cursor_value(t24.sort_1::text)]::text[], t24.id) as "cursor", (
                                  select row_to_json(r26.*) from (
                                    select t24.credited_outlet as "creditedOutlet", t24.start_offset as "startOffset", t24.end_offset as "endOffset"
                                  ) r26
                                ) as "node"
                              ) r25
                            ) as l0 from (
                              select q22.*, q22.source_id as sort_0, q22.start_offset as sort_1 from citation q22 where (q22.person_id = t7.id) and ((q22.source_id, q22.start_offset, q22.id) > (cast(? as bigint), cast(? as integer), ?)) order by q22.source_id, q22.start_offset, q22.id limit ?
                            ) t24
                          ) n23
                        ) a20
                      ) z19
                    ) as "citations"
                  ) r8
                ) as l0 from (
                  select q4.*, (lower(q4.name)) collate "C" as sort_0 from person q4 where q4.organization_id = t2.id order by (lower(q4.name)) collate "C", q4.id limit ?
                ) t7
              ) n6
            ) a5
          ) z3
        ) as "people", (
          select row_to_json(z27.*) from (
            select ('[' || coalesce(a28.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n29.cursor order by n29.ord) filter (where n29.ord <= ?)) as cursors, string_agg(n29.l0::text, ',' order by n29.ord) filter (where n29.ord <= ?) as l0 from (
                select row_number() over (order by t30.sort_0, t30.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t30.sort_0::text)]::text[], t30.id) as cursor, (
                  select row_to_json(r31.*) from (
                    select coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x32.start_earliest, x32.start_latest, x32.start_precision, x32.end_earliest, x32.end_latest, x32.end_precision) from deal_timing x32 where x32.deal_id = t30.id
                    ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce", t30.summary as "summary", (
                      select row_to_json(z33.*) from (
                        select (
                          select count(*) from commitment q34 where q34.deal_id = t30.id
                        ) as "totalCount", (
                          select row_to_json(r35.*) from (
                            select a36.cursors[array_length(a36.cursors, 1)] as "endCursor"
                          ) r35
                        ) as "pageInfo" from (
                          select count(*) as fetched, (array_agg(n37.cursor order by n37.ord) filter (where n37.ord <= ?)) as cursors from (
                            select row_number() over (order by t38.sort_0, t38.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t38.sort_0::text)]::text[], t38.id) as cursor from (
                              select q34.*, coalesce(q34.date_earliest, q34.date_latest, 'infinity'::date) as sort_0 from commitment q34 where q34.deal_id = t30.id order by coalesce(q34.date_earliest, q34.date_latest, 'infinity'::date), q34.id limit ?
                            ) t38
                          ) n37
                        ) a36
                      ) z33
                    ) as "commitments"
                  ) r31
                ) as l0 from (
                  select q39.*, coalesce(q39.announced_earliest, q39.announced_latest, 'infinity'::date) as sort_0 from deal q39 where (exists (select 1 from deal_party p40 where p40.deal_id = q39.id and p40.organization_id = t2.id)) and ((coalesce(q39.announced_earliest, q39.announced_latest, 'infinity'::date), q39.id) > (cast(? as date), ?)) order by coalesce(q39.announced_earliest, q39.announced_latest, 'infinity'::date), q39.id limit ?
                ) t30
              ) n29
            ) a28
          ) z27
        ) as "deals"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: [2,2,"NAME:ASC","3","1632",7,1,1,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC","3","1632",7,2,3,2,2,"ANNOUNCED:ASC","2027-01-01",3,"DATE:ASC",4,"2026-04-27",7,3,"stargate"]
-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(t4.kind), '{"$error":0}'::json) as "kind", coalesce(to_json(t4.title), '{"$error":1}'::json) as "title"
            ) r5
          ) as l0 from (
            select q6.*, coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e7.id as id, 'EVENT' as kind, e7.id as fact_id, e7.title, e7.date_earliest, e7.date_latest, e7.date_precision, e7.date_text, array(select eo8.organization_id from event_organization eo8 where eo8.event_id = e7.id) as organization_ids from event e7 union all select (2::bigint << 40) + d9.id, 'DEAL_ANNOUNCED', d9.id, d9.title, d9.announced_earliest, d9.announced_latest, d9.announced_precision, d9.announced_text, array(select dp10.organization_id from deal_party dp10 where dp10.deal_id = d9.id) from deal d9 where d9.announced_precision is not null union all select (3::bigint << 40) + c11.id, 'COMMITMENT', c11.id, c11.description, c11.date_earliest, c11.date_latest, c11.date_precision, c11.date_text, array_remove(array[c11.committer_id, c11.recipient_id], null) from commitment c11 where c11.date_precision is not null union all select (4::bigint << 40) + s12.id, 'STATEMENT', s12.id, s12.quote, s12.date_earliest, s12.date_latest, s12.date_precision, s12.date_text, array(select coalesce(ss13.organization_id, p14.organization_id) from statement_speaker ss13 left join person p14 on p14.id = ss13.person_id where ss13.statement_id = s12.id) from statement s12 where s12.date_precision is not null union all select (5::bigint << 40) + t15.id, 'TERM_STARTED', t15.id, t15.scope, t15.valid_from_earliest, t15.valid_from_latest, t15.valid_from_precision, t15.valid_from_text, array[t15.grantor_id, t15.holder_id] from exclusive_term t15 where t15.valid_from_precision is not null union all select (6::bigint << 40) + t15.id, 'TERM_ENDED', t15.id, t15.scope, t15.valid_to_earliest, t15.valid_to_latest, t15.valid_to_precision, t15.valid_to_text, array[t15.grantor_id, t15.holder_id] from exclusive_term t15 where t15.valid_to_precision is not null union all select (7::bigint << 40) + d16.id, 'DEAL_STARTED', d16.id, d16.title, d16.effective_earliest, d16.effective_latest, d16.effective_precision, d16.effective_text, array(select dp17.organization_id from deal_party dp17 where dp17.deal_id = d16.id) from deal d16 where d16.effective_precision is not null union all select (8::bigint << 40) + d18.id, 'DEAL_ENDED', d18.id, d18.title, d18.ended_earliest, d18.ended_latest, d18.ended_precision, d18.ended_text, array(select dp19.organization_id from deal_party dp19 where dp19.deal_id = d18.id) from deal d18 where d18.ended_precision is not null union all select (9::bigint << 40) + c20.id, 'COMMITMENT_PERIOD_ENDED', c20.id, c20.description, c20.period_end_earliest, c20.period_end_latest, c20.period_end_precision, c20.period_end_text, array_remove(array[c20.committer_id, c20.recipient_id], null) from commitment c20 where c20.period_end_precision is not null union all select (10::bigint << 40) + k21.id, 'CONDITION_DEADLINE', k21.id, k21.words, k21.deadline_earliest, k21.deadline_latest, k21.deadline_precision, k21.deadline_text, array_remove(array[c22.committer_id, c22.recipient_id], null) from commitment_condition k21 join commitment c22 on c22.id = k21.commitment_id where k21.deadline_precision is not null union all select (11::bigint << 40) + t23.id, 'AGREEMENT_TERM_STARTED', t23.id, t23.scope, t23.valid_from_earliest, t23.valid_from_latest, t23.valid_from_precision, t23.valid_from_text, coalesce(nullif(array_remove(array[t23.grantor_id, t23.holder_id, t23.payer_id, t23.payee_id], null), '{}'), array(select dp24.organization_id from deal_party dp24 where dp24.deal_id = t23.deal_id)) from exclusivity_term t23 where t23.valid_from_precision is not null and not (t23.kind = 'EXCLUSIVITY' or (t23.kind = 'LICENCE' and coalesce(t23.exclusive, false))) union all select (12::bigint << 40) + t25.id, 'AGREEMENT_TERM_ENDED', t25.id, t25.scope, t25.valid_to_earliest, t25.valid_to_latest, t25.valid_to_precision, t25.valid_to_text, coalesce(nullif(array_remove(array[t25.grantor_id, t25.holder_id, t25.payer_id, t25.payee_id], null), '{}'), array(select dp26.organization_id from deal_party dp26 where dp26.deal_id = t25.deal_id)) from exclusivity_term t25 where t25.valid_to_precision is not null and not (t25.kind = 'EXCLUSIVITY' or (t25.kind = 'LICENCE' and coalesce(t25.exclusive, false)))
            ) q6 where true order by coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date), q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [1,1,"DATE:ASC",2]
