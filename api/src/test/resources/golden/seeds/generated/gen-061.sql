-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_to_precision is not null
        ) q11 where q11.date_precision is not null and coalesce(q11.date_earliest, '-infinity'::date) <= cast(? as date)
      ) as "totalCount", ('[' || coalesce(a12.l0, '') || ']')::json as "edges", (
        select row_to_json(r13.*) from (
          select a12.fetched > ? as "hasNextPage", a12.cursors[array_length(a12.cursors, 1)] as "a1"
        ) r13
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors, string_agg(n14.l0::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l0 from (
          select row_number() over (order by t15.sort_0, t15.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text)]::text[], t15.id) as cursor, (
            select row_to_json(r16.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text)]::text[], t15.id) as "cursor", (
                select row_to_json(r17.*) from (
                  select coalesce(to_json(t15.title), '{"$error":0}'::json) as "title", coalesce(to_json(t15.kind), '{"$error":1}'::json) as "kind", coalesce(to_json((case t15.kind when 'COMMITMENT' then (
                    select (
                      select row_to_json(r18.*) from (
                        select 'Commitment'::text as "__typename", coalesce(to_json((select count(*)::int from (
                          select distinct trim(o19.outlet) collate "C" as outlet from citation c20 join source s21 on s21.id = c20.source_id cross join lateral unnest(case when c20.credited_outlet is not null then string_to_array(c20.credited_outlet, ',') else array[coalesce(s21.publisher, s21.author, '“' || s21.title || '”')] end) as o19(outlet) where c20.commitment_id = c22.id
                        ) o23)), '{"$error":2}'::json) as "corroboration"
                      ) r18
                    ) from commitment c22 where c22.id = t15.fact_id limit 1
                  ) when 'DEAL_ANNOUNCED' then (
                    select (
                      select row_to_json(r24.*) from (
                        select 'Deal'::text as "__typename"
                      ) r24
                    ) from deal c25 where c25.id = t15.fact_id limit 1
                  ) when 'EVENT' then (
                    select (
                      select row_to_json(r26.*) from (
                        select 'Event'::text as "__typename"
                      ) r26
                    ) from event c27 where c27.id = t15.fact_id limit 1
                  ) when 'STATEMENT' then (
                    select (
                      select row_to_json(r28.*) from (
                        select 'Statement'::text as "__typename", coalesce(to_json(dg_global_id('Statement', c29.slug)), '{"$error":3}'::json) as "id", c29.quote as "quote", c29.channel as "channel", c29.slug as "a3"
                      ) r28
                    ) from statement c29 where c29.id = t15.fact_id limit 1
                  ) when 'TERM_ENDED' then (
                    select (
                      select row_to_json(r30.*) from (
                        select 'ExclusivityTerm'::text as "__typename"
                      ) r30
                    ) from exclusivity_term c31 where c31.id = t15.fact_id limit 1
                  ) when 'TERM_STARTED' then (
                    select (
                      select row_to_json(r32.*) from (
                        select 'ExclusivityTerm'::text as "__typename"
                      ) r32
                    ) from exclusivity_term c33 where c33.id = t15.fact_id limit 1
                  ) end)), '{"$error":4}'::json) as "fact"
                ) r17
              ) as "node"
            ) r16
          ) as l0 from (
            select q11.*, coalesce(q11.date_earliest, q11.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_to_precision is not null
            ) q11 where q11.date_precision is not null and coalesce(q11.date_earliest, '-infinity'::date) <= cast(? as date) order by coalesce(q11.date_earliest, q11.date_latest, 'infinity'::date), q11.id limit ?
          ) t15
        ) n14
      ) a12
    ) z1
  )
)::text
-- values: ["2019-07-22",3,3,3,"DATE:ASC","DATE:ASC","2019-07-22",4]
