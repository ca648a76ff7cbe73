-- exclusivityTerms
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges", ('[' || coalesce(a2.l1, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0, string_agg(n3.l1::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l1 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", null::text as "inForce", (
                select row_to_json(r6.*) from (
                  select t4.slug as "slug", coalesce(to_json(dg_global_id('ExclusivityTerm', t4.slug)), '{"$error":0}'::json) as "id", t4.scope as "scope", (
                    select (
                      select row_to_json(r7.*) from (
                        select coalesce(to_json((select count(*)::int from (
                          select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.deal_id = c11.id
                        ) o12)), '{"$error":1}'::json) as "corroboration", c11.status as "status", c11.title as "title"
                      ) r7
                    ) from deal c11 where c11.id = t4.deal_id limit 1
                  ) as "deal", (
                    select (
                      select row_to_json(r13.*) from (
                        select coalesce(to_json((select count(*)::int from (
                          select distinct trim(o14.outlet) collate "C" as outlet from citation c15 join source s16 on s16.id = c15.source_id cross join lateral unnest(case when c15.credited_outlet is not null then string_to_array(c15.credited_outlet, ',') else array[coalesce(s16.publisher, s16.author, '“' || s16.title || '”')] end) as o14(outlet) where c15.exclusivity_term_id = c17.id
                        ) o18)), '{"$error":2}'::json) as "corroboration", coalesce(to_json(array(select o19.outlet from (
                          select distinct trim(o20.outlet) collate "C" as outlet from citation c21 join source s22 on s22.id = c21.source_id cross join lateral unnest(case when c21.credited_outlet is not null then string_to_array(c21.credited_outlet, ',') else array[coalesce(s22.publisher, s22.author, '“' || s22.title || '”')] end) as o20(outlet) where c21.exclusivity_term_id = c17.id
                        ) o19 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", c17.status as "status", coalesce(to_json(coalesce((
                          select in_force(cast(? as date), x23.start_earliest, x23.start_latest, x23.start_precision, x23.end_earliest, x23.end_latest, x23.end_precision) from exclusivity_term_timing x23 where x23.term_id = c17.id
                        ), 'UNKNOWN')), '{"$error":4}'::json) as "inForce", (
                          select row_to_json(z24.*) from (
                            select (
                              select count(*) from citation q25 where q25.exclusivity_term_id = c17.id
                            ) as "totalCount", (
                              select row_to_json(r26.*) from (
                                select a27.cursors[1] as "startCursor"
                              ) r26
                            ) as "pageInfo", ('[' || coalesce(a27.l0, '') || ']')::json as "edges" from (
                              select count(*) as fetched, (array_agg(n28.cursor order by n28.ord) filter (where n28.ord <= ?)) as cursors, string_agg(n28.l0::text, ',' order by n28.ord) filter (where n28.ord <= ?) as l0 from (
                                select row_number() over (order by t29.sort_0, t29.sort_1, t29.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t29.sort_0::text), dg_cursor_value(t29.sort_1::text)]::text[], t29.id) as cursor, (
                                  select row_to_json(r30.*) from (
                                    select dg_cursor(cast(? as text), array[dg_cursor_value(t29.sort_0::text), dg_cursor_value(t29.sort_1::text)]::text[], t29.id) as "cursor"
                                  ) r30
                                ) as l0 from (
                                  select q25.*, q25.source_id as sort_0, q25.start_offset as sort_1 from citation q25 where q25.exclusivity_term_id = c17.id order by q25.source_id, q25.start_offset, q25.id limit ?
                                ) t29
                              ) n28
                            ) a27
                          ) z24
                        ) as "citations"
                      ) r13
                    ) from exclusivity_term c17 where c17.id = t4.superseded_by_term_id limit 1
                  ) as "supersededBy"
                ) r6
              ) as "node"
            ) r5
          ) as l0, (
            select row_to_json(r31.*) from (
              select t4.status as "status", coalesce(to_json(coalesce((
                select in_force(cast(? as date), x32.start_earliest, x32.start_latest, x32.start_precision, x32.end_earliest, x32.end_latest, x32.end_precision) from exclusivity_term_timing x32 where x32.term_id = t4.id
              ), 'UNKNOWN')), '{"$error":5}'::json) as "inForce", coalesce(to_json(dg_global_id('ExclusivityTerm', t4.slug)), '{"$error":6}'::json) as "id", t4.scope as "scope", coalesce(to_json((
                select (
                  select row_to_json(r33.*) from (
                    select c34.slug as "slug", coalesce(to_json(dg_global_id('Organization', c34.slug)), '{"$error":7}'::json) as "id", coalesce(to_json(array(select a35.value from organization_alias a35 where a35.organization_id = c34.id and a35.kind = 'TICKER' order by a35.value limit 100)), '{"$error":8}'::json) as "tickers", c34.name as "a3", '{"$error":9}'::json as "deals"
                  ) r33
                ) from organization c34 where c34.id = t4.holder_id limit 1
              )), '{"$error":10}'::json) as "holder"
            ) r31
          ) as l1 from (
            select q36.*, coalesce(q36.valid_from_earliest, q36.valid_from_latest, 'infinity'::date) as sort_0 from exclusivity_term q36 where true order by coalesce(q36.valid_from_earliest, q36.valid_from_latest, 'infinity'::date), q36.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [6,6,6,"VALID_FROM:ASC","VALID_FROM:ASC","2024-09-28",3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,"2016-06-01",7]
