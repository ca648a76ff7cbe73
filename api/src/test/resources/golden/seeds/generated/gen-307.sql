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
          select a13.cursors[1] as "startCursor", exists (
            select 1 from (
              select (1::bigint << 40) + e2.id as id, 'EVENT' as kind, e2.id as fact_id, e2.title, e2.date_earliest, e2.date_latest, e2.date_precision, e2.date_text, array(select eo3.organization_id from event_organization eo3 where eo3.event_id = e2.id) as organization_ids from event e2 union all select (2::bigint << 40) + d4.id, 'DEAL_ANNOUNCED', d4.id, d4.title, d4.announced_earliest, d4.announced_latest, d4.announced_precision, d4.announced_text, array(select dp5.organization_id from deal_party dp5 where dp5.deal_id = d4.id) from deal d4 where d4.announced_precision is not null union all select (3::bigint << 40) + c6.id, 'COMMITMENT', c6.id, c6.description, c6.date_earliest, c6.date_latest, c6.date_precision, c6.date_text, array_remove(array[c6.committer_id, c6.recipient_id], null) from commitment c6 where c6.date_precision is not null union all select (4::bigint << 40) + s7.id, 'STATEMENT', s7.id, s7.quote, s7.date_earliest, s7.date_latest, s7.date_precision, s7.date_text, array(select coalesce(ss8.organization_id, p9.organization_id) from statement_speaker ss8 left join person p9 on p9.id = ss8.person_id where ss8.statement_id = s7.id) from statement s7 where s7.date_precision is not null union all select (5::bigint << 40) + t10.id, 'TERM_STARTED', t10.id, t10.scope, t10.valid_from_earliest, t10.valid_from_latest, t10.valid_from_precision, t10.valid_from_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_from_precision is not null union all select (6::bigint << 40) + t10.id, 'TERM_ENDED', t10.id, t10.scope, t10.valid_to_earliest, t10.valid_to_latest, t10.valid_to_precision, t10.valid_to_text, array[t10.grantor_id, t10.holder_id] from exclusivity_term t10 where t10.valid_to_precision is not null
            ) q11 where (true) and (not (coalesce(q11.date_earliest, q11.date_latest, 'infinity'::date), q11.id) > (cast(? as date), ?))
          ) as "hasPreviousPage", a13.cursors[array_length(a13.cursors, 1)] as "endCursor", a13.fetched > ? as "hasNextPage"
        ) r12
      ) as "pageInfo", ('[' || coalesce(a13.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors, string_agg(n14.l0::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l0 from (
          select row_number() over (order by t15.sort_0, t15.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text)]::text[], t15.id) as cursor, (
            select row_to_json(r16.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text)]::text[], t15.id) as "cursor", (
                select row_to_json(r17.*) from (
                  select coalesce(to_json(t15.kind), '{"$error":0}'::json) as "kind", coalesce(to_json(t15.title), '{"$error":1}'::json) as "title", coalesce(to_json((case t15.kind when 'COMMITMENT' then (
                    select (
                      select row_to_json(r18.*) from (
                        select 'Commitment'::text as "__typename", c19.horizon as "a0", coalesce(to_json((coalesce(c19.claim_preferred, false) or c19.claim_group is null)), '{"$error":2}'::json) as "preferred", c19.slug as "slug"
                      ) r18
                    ) from commitment c19 where c19.id = t15.fact_id limit 1
                  ) when 'DEAL_ANNOUNCED' then (
                    select (
                      select row_to_json(r20.*) from (
                        select 'Deal'::text as "__typename", coalesce(to_json(dg_global_id('Deal', c21.slug)), '{"$error":3}'::json) as "id", coalesce(to_json(array(select o22.outlet from (
                          select distinct trim(o23.outlet) collate "C" as outlet from citation c24 join source s25 on s25.id = c24.source_id cross join lateral unnest(case when c24.credited_outlet is not null then string_to_array(c24.credited_outlet, ',') else array[coalesce(s25.publisher, s25.author, '“' || s25.title || '”')] end) as o23(outlet) where c24.deal_id = c21.id
                        ) o22 order by 1 limit 100)), '{"$error":4}'::json) as "outlets", c21.slug as "slug", coalesce(to_json((select count(*)::int from (
                          select distinct trim(o26.outlet) collate "C" as outlet from citation c27 join source s28 on s28.id = c27.source_id cross join lateral unnest(case when c27.credited_outlet is not null then string_to_array(c27.credited_outlet, ',') else array[coalesce(s28.publisher, s28.author, '“' || s28.title || '”')] end) as o26(outlet) where c27.deal_id = c21.id
                        ) o29)), '{"$error":5}'::json) as "corroboration"
                      ) r20
                    ) from deal c21 where c21.id = t15.fact_id limit 1
                  ) when 'EVENT' then (
                    select (
                      select row_to_json(r30.*) from (
                        select 'Event'::text as "__typename"
                      ) r30
                    ) from event c31 where c31.id = t15.fact_id limit 1
                  ) when 'STATEMENT' then (
                    select (
                      select row_to_json(r32.*) from (
                        select 'Statement'::text as "__typename"
                      ) r32
                    ) from statement c33 where c33.id = t15.fact_id limit 1
                  ) when 'TERM_ENDED' then (
                    select (
                      select row_to_json(r34.*) from (
                        select 'ExclusivityTerm'::text as "__typename", coalesce(to_json(coalesce((
                          select in_force(cast(? as date), x35.start_earliest, x35.start_latest, x35.start_precision, x35.end_earliest, x35.end_latest, x35.end_precision) from exclusivity_term_timing x35 where x35.term_id = c36.id
                        ), 'UNKNOWN')), '{"$error":6}'::json) as "inForce", coalesce(to_json(array(select o37.outlet from (
                          select distinct trim(o38.outlet) collate "C" as outlet from citation c39 join source s40 on s40.id = c39.source_id cross join lateral unnest(case when c39.credited_outlet is not null then string_to_array(c39.credited_outlet, ',') else array[coalesce(s40.publisher, s40.author, '“' || s40.title || '”')] end) as o38(outlet) where c39.exclusivity_term_id = c36.id
                        ) o37 order by 1 limit 100)), '{"$error":7}'::json) as "outlets", c36.slug as "slug"
                      ) r34
                    ) from exclusivity_term c36 where c36.id = t15.fact_id limit 1
                  ) when 'TERM_STARTED' then (
                    select (
                      select row_to_json(r41.*) from (
                        select 'ExclusivityTerm'::text as "__typename", coalesce(to_json(coalesce((
                          select in_force(cast(? as date), x42.start_earliest, x42.start_latest, x42.start_precision, x42.end_earliest, x42.end_latest, x42.end_precision) from exclusivity_term_timing x42 where x42.term_id = c43.id
                        ), 'UNKNOWN')), '{"$error":8}'::json) as "inForce", coalesce(to_json(array(select o44.outlet from (
                          select distinct trim(o45.outlet) collate "C" as outlet from citation c46 join source s47 on s47.id = c46.source_id cross join lateral unnest(case when c46.credited_outlet is not null then string_to_array(c46.credited_outlet, ',') else array[coalesce(s47.publisher, s47.author, '“' || s47.title || '”')] end) as o45(outlet) where c46.exclusivity_term_id = c43.id
                        ) o44 order by 1 limit 100)), '{"$error":9}'::json) as "outlets", c43.slug as "slug"
                      ) r41
                    ) from exclusivity_term c43 where c43.id = t15.fact_id limit 1
                  ) end)), '{"$error":10}'::json) as "fact"
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
-- values: ["2025-07-01",2199023255558,3,3,3,"DATE:ASC","DATE:ASC","2025-01-21","2025-01-21","2025-07-01",2199023255558,4]
