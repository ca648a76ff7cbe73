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
                  select coalesce(to_json(t4.slug), '{"$error":0}'::json) as "slug", coalesce(to_json(dg_global_id('ExclusivityTerm', t4.slug)), '{"$error":1}'::json) as "id", coalesce(to_json(t4.scope), '{"$error":2}'::json) as "scope", (
                    select (
                      select row_to_json(r7.*) from (
                        select coalesce(to_json((select count(*)::int from (
                          select distinct trim(o8.outlet) collate "C" as outlet from (
                            select cc9.source_id, cc9.credited_outlet, bool_or(cc9.credited_outlet is not null) over (partition by cc9.source_id) as credits from citation cc9 where cc9.deal_id = c10.id
                          ) c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') when c11.credits then array[]::text[] else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o8(outlet)
                        ) o13)), '{"$error":3}'::json) as "corroboration", c10.status as "status", c10.title as "title"
                      ) r7
                    ) from deal c10 where c10.id = t4.deal_id limit 1
                  ) as "deal", (
                    select (
                      select row_to_json(r14.*) from (
                        select coalesce(to_json((select count(*)::int from (
                          select distinct trim(o15.outlet) collate "C" as outlet from (
                            select cc16.source_id, cc16.credited_outlet, bool_or(cc16.credited_outlet is not null) over (partition by cc16.source_id) as credits from citation cc16 where cc16.exclusivity_term_id = c17.id
                          ) c18 join source s19 on s19.id = c18.source_id cross join lateral unnest(case when c18.credited_outlet is not null then string_to_array(c18.credited_outlet, ',') when c18.credits then array[]::text[] else array[coalesce(s19.publisher, s19.author, '“' || s19.title || '”')] end) as o15(outlet)
                        ) o20)), '{"$error":4}'::json) as "corroboration", coalesce(to_json(array(select o21.outlet from (
                          select distinct trim(o22.outlet) collate "C" as outlet from (
                            select cc23.source_id, cc23.credited_outlet, bool_or(cc23.credited_outlet is not null) over (partition by cc23.source_id) as credits from citation cc23 where cc23.exclusivity_term_id = c17.id
                          ) c24 join source s25 on s25.id = c24.source_id cross join lateral unnest(case when c24.credited_outlet is not null then string_to_array(c24.credited_outlet, ',') when c24.credits then array[]::text[] else array[coalesce(s25.publisher, s25.author, '“' || s25.title || '”')] end) as o22(outlet)
                        ) o21 order by 1 limit 100)), '{"$error":5}'::json) as "outlets", coalesce(to_json(c17.status), '{"$error":6}'::json) as "status", coalesce(to_json(coalesce((
                          select in_force(cast(? as date), x26.start_earliest, x26.start_latest, x26.start_precision, x26.end_earliest, x26.end_latest, x26.end_precision) from exclusivity_term_timing x26 where x26.term_id = c17.id
                        ), 'UNKNOWN')), '{"$error":7}'::json) as "inForce", (
                          select row_to_json(z27.*) from (
                            select (
                              select count(*) from citation q28 where q28.exclusivity_term_id = c17.id
                            ) as "totalCount", (
                              select row_to_json(r29.*) from (
                                select a30.cursors[1] as "startCursor"
                              ) r29
                            ) as "pageInfo", ('[' || coalesce(a30.l0, '') || ']')::json as "edges" from (
                              select count(*) as fetched, (array_agg(n31.cursor order by n31.ord) filter (where n31.ord <= ?)) as cursors, string_agg(n31.l0::text, ',' order by n31.ord) filter (where n31.ord <= ?) as l0 from (
                                select row_number() over (order by t32.sort_0, t32.sort_1, t32.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t32.sort_0::text), dg_cursor_value(t32.sort_1::text)]::text[], t32.id) as cursor, (
                                  select row_to_json(r33.*) from (
                                    select dg_cursor(cast(? as text), array[dg_cursor_value(t32.sort_0::text), dg_cursor_value(t32.sort_1::text)]::text[], t32.id) as "cursor"
                                  ) r33
                                ) as l0 from (
                                  select q28.*, q28.source_id as sort_0, q28.start_offset as sort_1 from citation q28 where q28.exclusivity_term_id = c17.id order by q28.source_id, q28.start_offset, q28.id limit ?
                                ) t32
                              ) n31
                            ) a30
                          ) z27
                        ) as "citations"
                      ) r14
                    ) from exclusive_term c17 where c17.id = t4.superseded_by_term_id limit 1
                  ) as "supersededBy"
                ) r6
              ) as "node"
            ) r5
          ) as l0, (
            select row_to_json(r34.*) from (
              select coalesce(to_json(t4.status), '{"$error":8}'::json) as "status", coalesce(to_json(coalesce((
                select in_force(cast(? as date), x35.start_earliest, x35.start_latest, x35.start_precision, x35.end_earliest, x35.end_latest, x35.end_precision) from exclusivity_term_timing x35 where x35.term_id = t4.id
              ), 'UNKNOWN')), '{"$error":9}'::json) as "inForce", coalesce(to_json(dg_global_id('ExclusivityTerm', t4.slug)), '{"$error":10}'::json) as "id", coalesce(to_json(t4.scope), '{"$error":11}'::json) as "scope", coalesce(to_json((
                select (
                  select row_to_json(r36.*) from (
                    select c37.slug as "slug", coalesce(to_json(dg_global_id('Organization', c37.slug)), '{"$error":12}'::json) as "id", coalesce(to_json(array(select a38.value from organization_alias a38 where a38.organization_id = c37.id and a38.kind = 'TICKER' order by a38.value limit 100)), '{"$error":13}'::json) as "tickers", c37.name as "a3", '{"$error":14}'::json as "deals"
                  ) r36
                ) from organization c37 where c37.id = t4.holder_id limit 1
              )), '{"$error":15}'::json) as "holder"
            ) r34
          ) as l1 from (
            select q39.*, coalesce(q39.valid_from_earliest, q39.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q39 where true order by coalesce(q39.valid_from_earliest, q39.valid_from_latest, 'infinity'::date), q39.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [6,6,6,"VALID_FROM:ASC","VALID_FROM:ASC","2024-09-28",3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,"2016-06-01",7]
