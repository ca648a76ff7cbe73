-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_to_precision is not null
        ) q11 where true
      ) as "totalCount", ('[' || coalesce(a12.l0, '') || ']')::json as "edges", ('[' || coalesce(a12.l1, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors, string_agg(n13.l0::text, ',' order by n13.ord) filter (where n13.ord <= ?) as l0, string_agg(n13.l1::text, ',' order by n13.ord) filter (where n13.ord <= ?) as l1 from (
          select row_number() over (order by t14.sort_0, t14.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as cursor, (
            select row_to_json(r15.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as "cursor"
            ) r15
          ) as l0, (
            select row_to_json(r16.*) from (
              select coalesce(to_json(t14.title), '{"$error":0}'::json) as "title", coalesce(to_json(t14.kind), '{"$error":1}'::json) as "kind", coalesce(to_json((case when t14.date_precision is null then null else (
                select row_to_json(r17.*) from (
                  select t14.date_latest as "latest", coalesce(to_json(t14.date_text), '{"$error":2}'::json) as "a1", t14.date_earliest as "earliest"
                ) r17
              ) end)), '{"$error":3}'::json) as "date", coalesce(to_json((case t14.kind when 'COMMITMENT' then (
                select (
                  select row_to_json(r18.*) from (
                    select 'Commitment'::text as "__typename", c19.resource as "resource"
                  ) r18
                ) from commitment c19 where c19.id = t14.fact_id limit 1
              ) when 'DEAL_ANNOUNCED' then (
                select (
                  select row_to_json(r20.*) from (
                    select 'Deal'::text as "__typename"
                  ) r20
                ) from deal c21 where c21.id = t14.fact_id limit 1
              ) when 'EVENT' then (
                select (
                  select row_to_json(r22.*) from (
                    select 'Event'::text as "__typename"
                  ) r22
                ) from event c23 where c23.id = t14.fact_id limit 1
              ) when 'STATEMENT' then (
                select (
                  select row_to_json(r24.*) from (
                    select 'Statement'::text as "__typename", c25.channel as "channel", coalesce(to_json(array(select o26.outlet from (
                      select distinct trim(o27.outlet) collate "C" as outlet from citation c28 join source s29 on s29.id = c28.source_id cross join lateral unnest(case when c28.credited_outlet is not null then string_to_array(c28.credited_outlet, ',') else array[coalesce(s29.publisher, s29.author, '“' || s29.title || '”')] end) as o27(outlet) where c28.statement_id = c25.id
                    ) o26 order by 1 limit 100)), '{"$error":4}'::json) as "outlets", c25.quote as "quote", (
                      select (
                        select row_to_json(r30.*) from (
                          select coalesce(to_json(array(select o31.outlet from (
                            select distinct trim(o32.outlet) collate "C" as outlet from citation c33 join source s34 on s34.id = c33.source_id cross join lateral unnest(case when c33.credited_outlet is not null then string_to_array(c33.credited_outlet, ',') else array[coalesce(s34.publisher, s34.author, '“' || s34.title || '”')] end) as o32(outlet) where c33.deal_id = c35.id
                          ) o31 order by 1 limit 100)), '{"$error":5}'::json) as "outlets", coalesce(to_json(dg_global_id('Deal', c35.slug)), '{"$error":6}'::json) as "id", c35.summary as "summary", (
                            select row_to_json(z36.*) from (
                              select (
                                select row_to_json(r37.*) from (
                                  select a38.cursors[1] as "startCursor", false as "hasPreviousPage"
                                ) r37
                              ) as "pageInfo" from (
                                select count(*) as fetched, (array_agg(n39.cursor order by n39.ord) filter (where n39.ord <= ?)) as cursors from (
                                  select row_number() over (order by t40.sort_0 desc, t40.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t40.sort_0::text)]::text[], t40.id) as cursor from (
                                    select q41.*, coalesce(q41.date_latest, q41.date_earliest, '-infinity'::date) as sort_0 from statement q41 where q41.deal_id = c35.id order by coalesce(q41.date_latest, q41.date_earliest, '-infinity'::date) desc, q41.id desc limit ?
                                  ) t40
                                ) n39
                              ) a38
                            ) z36
                          ) as "statements"
                        ) r30
                      ) from deal c35 where c35.id = c25.deal_id limit 1
                    ) as "deal"
                  ) r24
                ) from statement c25 where c25.id = t14.fact_id limit 1
              ) when 'TERM_ENDED' then (
                select (
                  select row_to_json(r42.*) from (
                    select 'ExclusivityTerm'::text as "__typename", coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x43.start_earliest, x43.start_latest, x43.start_precision, x43.end_earliest, x43.end_latest, x43.end_precision) from exclusivity_term_timing x43 where x43.term_id = c44.id
                    ), 'UNKNOWN')), '{"$error":7}'::json) as "inForce"
                  ) r42
                ) from exclusivity_term c44 where c44.id = t14.fact_id limit 1
              ) when 'TERM_STARTED' then (
                select (
                  select row_to_json(r45.*) from (
                    select 'ExclusivityTerm'::text as "__typename", coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x46.start_earliest, x46.start_latest, x46.start_precision, x46.end_earliest, x46.end_latest, x46.end_precision) from exclusivity_term_timing x46 where x46.term_id = c47.id
                    ), 'UNKNOWN')), '{"$error":8}'::json) as "inForce"
                  ) r45
                ) from exclusivity_term c47 where c47.id = t14.fact_id limit 1
              ) end)), '{"$error":9}'::json) as "fact"
            ) r16
          ) as l1 from (
            select q11.*, coalesce(q11.date_earliest, q11.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_to_precision is not null
            ) q11 where true order by coalesce(q11.date_earliest, q11.date_latest, 'infinity'::date), q11.id limit ?
          ) t14
        ) n13
      ) a12
    ) z1
  )
)::text
-- values: [6,6,6,"DATE:ASC","DATE:ASC",3,"DATE:DESC",4,"2026-01-28","2026-01-28",7]
-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.description as "description", coalesce(to_json(dg_global_id('Event', t2.slug)), '{"$error":0}'::json) as "id"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["event-9304-1"]
