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
                select distinct trim(o11.outlet) collate "C" as outlet from citation c12 join source s13 on s13.id = c12.source_id cross join lateral unnest(case when c12.credited_outlet is not null then string_to_array(c12.credited_outlet, ',') else array[coalesce(s13.publisher, s13.author, '“' || s13.title || '”')] end) as o11(outlet) where c12.event_id = t8.id
              ) o10 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", coalesce(to_json(dg_global_id('Event', t8.slug)), '{"$error":1}'::json) as "id", t8.description as "description", (
                select (
                  select row_to_json(r14.*) from (
                    select coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x15.start_earliest, x15.start_latest, x15.start_precision, x15.end_earliest, x15.end_latest, x15.end_precision) from deal_timing x15 where x15.deal_id = c16.id
                    ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce", coalesce(to_json(dg_global_id('Deal', c16.slug)), '{"$error":3}'::json) as "id", (
                      select row_to_json(z17.*) from (
                        select (
                          select count(*) from exclusivity_term q18 where q18.deal_id = c16.id
                        ) as "totalCount", ('[' || coalesce(a19.l0, '') || ']')::json as "nodes", (
                          select row_to_json(r20.*) from (
                            select a19.fetched > ? as "hasNextPage", a19.cursors[array_length(a19.cursors, 1)] as "endCursor"
                          ) r20
                        ) as "pageInfo" from (
                          select count(*) as fetched, (array_agg(n21.cursor order by n21.ord) filter (where n21.ord <= ?)) as cursors, string_agg(n21.l0::text, ',' order by n21.ord) filter (where n21.ord <= ?) as l0 from (
                            select row_number() over (order by t22.sort_0, t22.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t22.sort_0::text)]::text[], t22.id) as cursor, (
                              select row_to_json(r23.*) from (
                                select coalesce(to_json((select count(*)::int from (
                                  select distinct trim(o24.outlet) collate "C" as outlet from citation c25 join source s26 on s26.id = c25.source_id cross join lateral unnest(case when c25.credited_outlet is not null then string_to_array(c25.credited_outlet, ',') else array[coalesce(s26.publisher, s26.author, '“' || s26.title || '”')] end) as o24(outlet) where c25.exclusivity_term_id = t22.id
                                ) o27)), '{"$error":4}'::json) as "a0", t22.scope as "scope", t22.slug as "slug", coalesce(to_json(dg_global_id('ExclusivityTerm', t22.slug)), '{"$error":5}'::json) as "id", (
                                  select (
                                    select row_to_json(r28.*) from (
                                      select c29.description as "description", c29.title as "title"
                                    ) r28
                                  ) from event c29 where c29.id = t22.superseded_by_event_id limit 1
                                ) as "supersededByEvent", (
                                  select ('[' || coalesce(string_agg((
                                    select row_to_json(r30.*) from (
                                      select coalesce(to_json((select count(*)::int from (
                                        select distinct trim(o31.outlet) collate "C" as outlet from citation c32 join source s33 on s33.id = c32.source_id cross join lateral unnest(case when c32.credited_outlet is not null then string_to_array(c32.credited_outlet, ',') else array[coalesce(s33.publisher, s33.author, '“' || s33.title || '”')] end) as o31(outlet) where c32.exclusivity_term_id = c34.id
                                      ) o35)), '{"$error":6}'::json) as "corroboration", c34.slug as "slug", coalesce(to_json(dg_global_id('ExclusivityTerm', c34.slug)), '{"$error":7}'::json) as "id", coalesce(to_json(array(select o36.outlet from (
                                        select distinct trim(o37.outlet) collate "C" as outlet from citation c38 join source s39 on s39.id = c38.source_id cross join lateral unnest(case when c38.credited_outlet is not null then string_to_array(c38.credited_outlet, ',') else array[coalesce(s39.publisher, s39.author, '“' || s39.title || '”')] end) as o37(outlet) where c38.exclusivity_term_id = c34.id
                                      ) o36 order by 1 limit 100)), '{"$error":8}'::json) as "a3"
                                    ) r30
                                  )::text, ',' order by c34.id), '') || ']')::json from (
                                    select c34.* from exclusivity_term c34 where c34.superseded_by_term_id = t22.id order by c34.id limit ?
                                  ) c34 where true
                                ) as "supersedes"
                              ) r23
                            ) as l0 from (
                              select q18.*, coalesce(q18.valid_from_earliest, q18.valid_from_latest, 'infinity'::date) as sort_0 from exclusivity_term q18 where q18.deal_id = c16.id order by coalesce(q18.valid_from_earliest, q18.valid_from_latest, 'infinity'::date), q18.id limit ?
                            ) t22
                          ) n21
                        ) a19
                      ) z17
                    ) as "exclusivityTerms"
                  ) r14
                ) from deal c16 where c16.id = t8.deal_id limit 1
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
