-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", coalesce(to_json(dg_global_id('Source', t2.slug)), '{"$error":0}'::json) as "id", (
          select row_to_json(z3.*) from (
            select ('[' || coalesce(a4.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
                select row_number() over (order by t6.sort_0, t6.sort_1, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text), dg_cursor_value(t6.sort_1::text)]::text[], t6.id) as cursor, (
                  select row_to_json(r7.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text), dg_cursor_value(t6.sort_1::text)]::text[], t6.id) as "cursor"
                  ) r7
                ) as l0 from (
                  select q8.*, q8.source_id as sort_0, q8.start_offset as sort_1 from citation q8 where (q8.source_id = t2.id) and ((q8.source_id, q8.start_offset, q8.id) > (cast(? as bigint), cast(? as integer), ?)) order by q8.source_id, q8.start_offset, q8.id limit ?
                ) t6
              ) n5
            ) a4
          ) z3
        ) as "citations"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: [1,1,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC","5","1965",17,2,"openai-deepens-amazon-ties-2026-04-13"]
-- events
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[array_length(a3.cursors, 1)] as "a0", exists (
            select 1 from event q4 where (exists (select 1 from citation oc5 join source os6 on os6.id = oc5.source_id where oc5.event_id = q4.id and (strpos(lower(oc5.credited_outlet), lower(?)) > 0 or strpos(lower(os6.publisher), lower(?)) > 0))) and (not (coalesce(q4.date_earliest, q4.date_latest, 'infinity'::date), q4.id) > (cast(? as date), ?))
          ) as "hasPreviousPage"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
          select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
            select row_to_json(r9.*) from (
              select coalesce(to_json(array(select o10.outlet from (
                select distinct trim(o11.outlet) collate "C" as outlet from (
                  select cc12.source_id, cc12.credited_outlet, bool_or(cc12.credited_outlet is not null) over (partition by cc12.source_id) as credits from citation cc12 where cc12.event_id = t8.id
                ) c13 join source s14 on s14.id = c13.source_id cross join lateral unnest(case when c13.credited_outlet is not null then string_to_array(c13.credited_outlet, ',') when c13.credits then array[]::text[] else array[coalesce(s14.publisher, s14.author, '“' || s14.title || '”')] end) as o11(outlet)
              ) o10 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", coalesce(to_json(dg_global_id('Event', t8.slug)), '{"$error":1}'::json) as "id", t8.description as "description", (
                select (
                  select row_to_json(r15.*) from (
                    select coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x16.start_earliest, x16.start_latest, x16.start_precision, x16.end_earliest, x16.end_latest, x16.end_precision) from deal_timing x16 where x16.deal_id = c17.id
                    ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce", coalesce(to_json(dg_global_id('Deal', c17.slug)), '{"$error":3}'::json) as "id", (
                      select row_to_json(z18.*) from (
                        select (
                          select count(*) from exclusive_term q19 where q19.deal_id = c17.id
                        ) as "totalCount", ('[' || coalesce(a20.l0, '') || ']')::json as "nodes", (
                          select row_to_json(r21.*) from (
                            select a20.fetched > ? as "hasNextPage", a20.cursors[array_length(a20.cursors, 1)] as "endCursor"
                          ) r21
                        ) as "pageInfo" from (
                          select count(*) as fetched, (array_agg(n22.cursor order by n22.ord) filter (where n22.ord <= ?)) as cursors, string_agg(n22.l0::text, ',' order by n22.ord) filter (where n22.ord <= ?) as l0 from (
                            select row_number() over (order by t23.sort_0, t23.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t23.sort_0::text)]::text[], t23.id) as cursor, (
                              select row_to_json(r24.*) from (
                                select coalesce(to_json((select count(*)::int from (
                                  select distinct trim(o25.outlet) collate "C" as outlet from (
                                    select cc26.source_id, cc26.credited_outlet, bool_or(cc26.credited_outlet is not null) over (partition by cc26.source_id) as credits from citation cc26 where cc26.exclusivity_term_id = t23.id
                                  ) c27 join source s28 on s28.id = c27.source_id cross join lateral unnest(case when c27.credited_outlet is not null then string_to_array(c27.credited_outlet, ',') when c27.credits then array[]::text[] else array[coalesce(s28.publisher, s28.author, '“' || s28.title || '”')] end) as o25(outlet)
                                ) o29)), '{"$error":4}'::json) as "a0", coalesce(to_json(t23.scope), '{"$error":5}'::json) as "scope", coalesce(to_json(t23.slug), '{"$error":6}'::json) as "slug", coalesce(to_json(dg_global_id('ExclusivityTerm', t23.slug)), '{"$error":7}'::json) as "id", (
                                  select (
                                    select row_to_json(r30.*) from (
                                      select c31.description as "description", c31.title as "title"
                                    ) r30
                                  ) from event c31 where c31.id = t23.superseded_by_event_id limit 1
                                ) as "supersededByEvent", (
                                  select ('[' || coalesce(string_agg((
                                    select row_to_json(r32.*) from (
                                      select coalesce(to_json((select count(*)::int from (
                                        select distinct trim(o33.outlet) collate "C" as outlet from (
                                          select cc34.source_id, cc34.credited_outlet, bool_or(cc34.credited_outlet is not null) over (partition by cc34.source_id) as credits from citation cc34 where cc34.exclusivity_term_id = c35.id
                                        ) c36 join source s37 on s37.id = c36.source_id cross join lateral unnest(case when c36.credited_outlet is not null then string_to_array(c36.credited_outlet, ',') when c36.credits then array[]::text[] else array[coalesce(s37.publisher, s37.author, '“' || s37.title || '”')] end) as o33(outlet)
                                      ) o38)), '{"$error":8}'::json) as "corroboration", coalesce(to_json(c35.slug), '{"$error":9}'::json) as "slug", coalesce(to_json(dg_global_id('ExclusivityTerm', c35.slug)), '{"$error":10}'::json) as "id", coalesce(to_json(array(select o39.outlet from (
                                        select distinct trim(o40.outlet) collate "C" as outlet from (
                                          select cc41.source_id, cc41.credited_outlet, bool_or(cc41.credited_outlet is not null) over (partition by cc41.source_id) as credits from citation cc41 where cc41.exclusivity_term_id = c35.id
                                        ) c42 join source s43 on s43.id = c42.source_id cross join lateral unnest(case when c42.credited_outlet is not null then string_to_array(c42.credited_outlet, ',') when c42.credits then array[]::text[] else array[coalesce(s43.publisher, s43.author, '“' || s43.title || '”')] end) as o40(outlet)
                                      ) o39 order by 1 limit 100)), '{"$error":11}'::json) as "a3"
                                    ) r32
                                  )::text, ',' order by c35.id), '') || ']')::json from (
                                    select c35.* from exclusive_term c35 where c35.superseded_by_term_id = t23.id order by c35.id limit ?
                                  ) c35 where true
                                ) as "supersedes"
                              ) r24
                            ) as l0 from (
                              select q19.*, coalesce(q19.valid_from_earliest, q19.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q19 where q19.deal_id = c17.id order by coalesce(q19.valid_from_earliest, q19.valid_from_latest, 'infinity'::date), q19.id limit ?
                            ) t23
                          ) n22
                        ) a20
                      ) z18
                    ) as "exclusivityTerms"
                  ) r15
                ) from deal c17 where c17.id = t8.deal_id limit 1
              ) as "deal"
            ) r9
          ) as l0 from (
            select q4.*, coalesce(q4.date_earliest, q4.date_latest, 'infinity'::date) as sort_0 from event q4 where (exists (select 1 from citation oc5 join source os6 on os6.id = oc5.source_id where oc5.event_id = q4.id and (strpos(lower(oc5.credited_outlet), lower(?)) > 0 or strpos(lower(os6.publisher), lower(?)) > 0))) and ((coalesce(q4.date_earliest, q4.date_latest, 'infinity'::date), q4.id) > (cast(? as date), ?)) order by coalesce(q4.date_earliest, q4.date_latest, 'infinity'::date), q4.id limit ?
          ) t8
        ) n7
      ) a3
    ) z1
  )
)::text
-- values: ["openai.com","openai.com","2026-04-27",6,5,5,"DATE:ASC","2027-01-01",1,1,1,"VALID_FROM:ASC",10,2,"openai.com","openai.com","2026-04-27",6,6]
