-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(t4.title), '{"$error":0}'::json) as "title", coalesce(to_json(t4.kind), '{"$error":1}'::json) as "kind", (
                select row_to_json(z6.*) from (
                  select ('[' || coalesce(a7.l0, '') || ']')::json as "edges", ('[' || coalesce(a7.l1, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0, string_agg(n8.l1::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l1 from (
                      select row_number() over (order by t9.sort_0, t9.sort_1, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text), dg_cursor_value(t9.sort_1::text)]::text[], t9.id) as cursor, (
                        select row_to_json(r10.*) from (
                          select dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text), dg_cursor_value(t9.sort_1::text)]::text[], t9.id) as "cursor"
                        ) r10
                      ) as l0, (
                        select row_to_json(r11.*) from (
                          select t9.start_offset as "startOffset", t9.end_offset as "endOffset", t9.credited_outlet as "creditedOutlet"
                        ) r11
                      ) as l1 from (
                        select q12.*, q12.source_id as sort_0, q12.start_offset as sort_1 from citation q12 where (case t4.kind when 'EVENT' then q12.event_id = t4.fact_id when 'DEAL_ANNOUNCED' then q12.deal_id = t4.fact_id when 'COMMITMENT' then q12.commitment_id = t4.fact_id when 'STATEMENT' then q12.statement_id = t4.fact_id when 'TERM_STARTED' then q12.exclusivity_term_id = t4.fact_id when 'TERM_ENDED' then q12.exclusivity_term_id = t4.fact_id when 'DEAL_STARTED' then q12.deal_id = t4.fact_id when 'DEAL_ENDED' then q12.deal_id = t4.fact_id when 'COMMITMENT_PERIOD_ENDED' then q12.commitment_id = t4.fact_id when 'CONDITION_DEADLINE' then q12.condition_id = t4.fact_id end) and ((q12.source_id, q12.start_offset, q12.id) > (cast(? as bigint), cast(? as integer), ?)) order by q12.source_id, q12.start_offset, q12.id limit ?
                      ) t9
                    ) n8
                  ) a7
                ) z6
              ) as "citations"
            ) r5
          ) as l0 from (
            select q13.*, coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e14.id as id, 'EVENT' as kind, e14.id as fact_id, e14.title, e14.date_earliest, e14.date_latest, e14.date_precision, e14.date_text, array(select eo15.organization_id from event_organization eo15 where eo15.event_id = e14.id) as organization_ids from event e14 union all select (2::bigint << 40) + d16.id, 'DEAL_ANNOUNCED', d16.id, d16.title, d16.announced_earliest, d16.announced_latest, d16.announced_precision, d16.announced_text, array(select dp17.organization_id from deal_party dp17 where dp17.deal_id = d16.id) from deal d16 where d16.announced_precision is not null union all select (3::bigint << 40) + c18.id, 'COMMITMENT', c18.id, c18.description, c18.date_earliest, c18.date_latest, c18.date_precision, c18.date_text, array_remove(array[c18.committer_id, c18.recipient_id], null) from commitment c18 where c18.date_precision is not null union all select (4::bigint << 40) + s19.id, 'STATEMENT', s19.id, s19.quote, s19.date_earliest, s19.date_latest, s19.date_precision, s19.date_text, array(select coalesce(ss20.organization_id, p21.organization_id) from statement_speaker ss20 left join person p21 on p21.id = ss20.person_id where ss20.statement_id = s19.id) from statement s19 where s19.date_precision is not null union all select (5::bigint << 40) + t22.id, 'TERM_STARTED', t22.id, t22.scope, t22.valid_from_earliest, t22.valid_from_latest, t22.valid_from_precision, t22.valid_from_text, array[t22.grantor_id, t22.holder_id] from exclusivity_term t22 where t22.valid_from_precision is not null union all select (6::bigint << 40) + t22.id, 'TERM_ENDED', t22.id, t22.scope, t22.valid_to_earliest, t22.valid_to_latest, t22.valid_to_precision, t22.valid_to_text, array[t22.grantor_id, t22.holder_id] from exclusivity_term t22 where t22.valid_to_precision is not null union all select (7::bigint << 40) + d23.id, 'DEAL_STARTED', d23.id, d23.title, d23.effective_earliest, d23.effective_latest, d23.effective_precision, d23.effective_text, array(select dp24.organization_id from deal_party dp24 where dp24.deal_id = d23.id) from deal d23 where d23.effective_precision is not null union all select (8::bigint << 40) + d25.id, 'DEAL_ENDED', d25.id, d25.title, d25.ended_earliest, d25.ended_latest, d25.ended_precision, d25.ended_text, array(select dp26.organization_id from deal_party dp26 where dp26.deal_id = d25.id) from deal d25 where d25.ended_precision is not null union all select (9::bigint << 40) + c27.id, 'COMMITMENT_PERIOD_ENDED', c27.id, c27.description, c27.period_end_earliest, c27.period_end_latest, c27.period_end_precision, c27.period_end_text, array_remove(array[c27.committer_id, c27.recipient_id], null) from commitment c27 where c27.period_end_precision is not null union all select (10::bigint << 40) + k28.id, 'CONDITION_DEADLINE', k28.id, k28.words, k28.deadline_earliest, k28.deadline_latest, k28.deadline_precision, k28.deadline_text, array_remove(array[c29.committer_id, c29.recipient_id], null) from commitment_condition k28 join commitment c29 on c29.id = k28.commitment_id where k28.deadline_precision is not null
            ) q13 where (q13.date_precision is not null and coalesce(q13.date_latest, 'infinity'::date) >= cast(? as date)) and ((coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date), q13.id) > (cast(? as date), ?)) order by coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date), q13.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [5,5,"DATE:ASC",1,1,1,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC","10000003","646",3237,2,"2031-01-01","2025-01-01",1099521628068,6]
