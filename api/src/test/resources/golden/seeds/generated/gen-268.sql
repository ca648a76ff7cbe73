-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.channel as "channel", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r3.*) from (
              select (
                select (
                  select row_to_json(r4.*) from (
                    select coalesce(to_json((select count(*)::int from (
                      select distinct trim(o5.outlet) collate "C" as outlet from citation c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o5(outlet) where c6.person_id = c8.id
                    ) o9)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(dg_global_id('Person', c8.slug)), '{"$error":1}'::json) as "id", c8.name as "a2", coalesce(to_json(array(select o10.outlet from (
                      select distinct trim(o11.outlet) collate "C" as outlet from citation c12 join source s13 on s13.id = c12.source_id cross join lateral unnest(case when c12.credited_outlet is not null then string_to_array(c12.credited_outlet, ',') else array[coalesce(s13.publisher, s13.author, '“' || s13.title || '”')] end) as o11(outlet) where c12.person_id = c8.id
                    ) o10 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", (
                      select row_to_json(z14.*) from (
                        select (
                          select count(*) from citation q15 where q15.person_id = c8.id
                        ) as "totalCount", (
                          select row_to_json(r16.*) from (
                            select a17.cursors[array_length(a17.cursors, 1)] as "endCursor", false as "hasPreviousPage"
                          ) r16
                        ) as "pageInfo" from (
                          select count(*) as fetched, (array_agg(n18.cursor order by n18.ord) filter (where n18.ord <= ?)) as cursors from (
                            select row_number() over (order by t19.sort_0, t19.sort_1, t19.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t19.sort_0::text), dg_cursor_value(t19.sort_1::text)]::text[], t19.id) as cursor from (
                              select q15.*, q15.source_id as sort_0, q15.start_offset as sort_1 from citation q15 where q15.person_id = c8.id order by q15.source_id, q15.start_offset, q15.id limit ?
                            ) t19
                          ) n18
                        ) a17
                      ) z14
                    ) as "citations"
                  ) r4
                ) from person c8 where c8.id = c20.person_id limit 1
              ) as "person"
            ) r3
          )::text, ',' order by c20.id), '') || ']')::json from (
            select c20.* from statement_speaker c20 where c20.statement_id = t2.id order by c20.id limit ?
          ) c20 where true
        ) as "speakers"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: [2,"SOURCE_POSITION:ASC",3,10,"openai-memo-microsoft-limited-its-ability"]
-- timeline
select (
  (
    select case when o1.v is null then (
      select row_to_json(z2.*) from (
        select ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
          select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
            select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
              select row_to_json(r6.*) from (
                select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor", (
                  select row_to_json(r7.*) from (
                    select coalesce(to_json(t5.kind), '{"$error":0}'::json) as "kind"
                  ) r7
                ) as "node"
              ) r6
            ) as l0 from (
              select q8.*, coalesce(q8.date_earliest, q8.date_latest, 'infinity'::date) as sort_0 from (
                select (1::bigint << 40) + e9.id as id, 'EVENT' as kind, e9.id as fact_id, e9.title, e9.date_earliest, e9.date_latest, e9.date_precision, e9.date_text, array(select eo10.organization_id from event_organization eo10 where eo10.event_id = e9.id) as organization_ids from event e9 union all select (2::bigint << 40) + d11.id, 'DEAL_ANNOUNCED', d11.id, d11.title, d11.announced_earliest, d11.announced_latest, d11.announced_precision, d11.announced_text, array(select dp12.organization_id from deal_party dp12 where dp12.deal_id = d11.id) from deal d11 where d11.announced_precision is not null union all select (3::bigint << 40) + c13.id, 'COMMITMENT', c13.id, c13.description, c13.date_earliest, c13.date_latest, c13.date_precision, c13.date_text, array_remove(array[c13.committer_id, c13.recipient_id], null) from commitment c13 where c13.date_precision is not null union all select (4::bigint << 40) + s14.id, 'STATEMENT', s14.id, s14.quote, s14.date_earliest, s14.date_latest, s14.date_precision, s14.date_text, array(select coalesce(ss15.organization_id, p16.organization_id) from statement_speaker ss15 left join person p16 on p16.id = ss15.person_id where ss15.statement_id = s14.id) from statement s14 where s14.date_precision is not null union all select (5::bigint << 40) + t17.id, 'TERM_STARTED', t17.id, t17.scope, t17.valid_from_earliest, t17.valid_from_latest, t17.valid_from_precision, t17.valid_from_text, array[t17.grantor_id, t17.holder_id] from exclusivity_term t17 where t17.valid_from_precision is not null union all select (6::bigint << 40) + t17.id, 'TERM_ENDED', t17.id, t17.scope, t17.valid_to_earliest, t17.valid_to_latest, t17.valid_to_precision, t17.valid_to_text, array[t17.grantor_id, t17.holder_id] from exclusivity_term t17 where t17.valid_to_precision is not null
              ) q8 where (q8.date_precision is not null and coalesce(q8.date_earliest, '-infinity'::date) <= cast(? as date)) and (q8.organization_ids && array(select o18.id from organization o18 where o18.slug = any(cast(? as text[])))) order by coalesce(q8.date_earliest, q8.date_latest, 'infinity'::date), q8.id limit ?
            ) t5
          ) n4
        ) a3
      ) z2
    ) else json_build_object('$error', 1, 'value', o1.v) end from (
      select (
        select s19.slug from unnest(cast(? as text[])) with ordinality s19(slug, at) where not exists (select 1 from organization o20 where o20.slug = s19.slug) order by s19.at limit 1
      )::text as v
    ) o1
  )
)::text
-- values: [4,4,"DATE:ASC","DATE:ASC","2025-11-01",["oracle"],5,["oracle"]]
