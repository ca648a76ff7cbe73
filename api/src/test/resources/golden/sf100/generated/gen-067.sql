-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(coalesce((
          select in_force(cast(? as date), x2.start_earliest, x2.start_latest, x2.start_precision, x2.end_earliest, x2.end_latest, x2.end_precision) from exclusivity_term_timing x2 where x2.term_id = t3.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", coalesce(to_json(t3.scope), '{"$error":1}'::json) as "scope", coalesce(to_json(array(select o4.outlet from (
          select distinct trim(o5.outlet) collate "C" as outlet from (
            select cc6.source_id, cc6.credited_outlet, bool_or(cc6.credited_outlet is not null) over (partition by cc6.source_id) as credits from citation cc6 where cc6.exclusivity_term_id = t3.id
          ) c7 join source s8 on s8.id = c7.source_id cross join lateral unnest(case when c7.credited_outlet is not null then string_to_array(c7.credited_outlet, ',') when c7.credits then array[]::text[] else array[coalesce(s8.publisher, s8.author, '“' || s8.title || '”')] end) as o5(outlet)
        ) o4 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", (case when t3.valid_to_precision is null then null else (
          select row_to_json(r9.*) from (
            select coalesce(to_json(t3.valid_to_precision), '{"$error":3}'::json) as "precision", coalesce(to_json(dg_fuzzy_display(t3.valid_to_earliest, t3.valid_to_latest, t3.valid_to_precision)), '{"$error":4}'::json) as "display"
          ) r9
        ) end) as "validTo"
      ) r1
    ) from exclusive_term t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2024-10-01","exclusivity-7455"]
-- statements
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[1] as "startCursor", a3.fetched > ? as "hasNextPage", false as "hasPreviousPage", a3.cursors[array_length(a3.cursors, 1)] as "endCursor"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0 desc, t5.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select coalesce(to_json(dg_global_id('Statement', t5.slug)), '{"$error":0}'::json) as "id", coalesce(to_json(array(select o7.outlet from (
                select distinct trim(o8.outlet) collate "C" as outlet from (
                  select cc9.source_id, cc9.credited_outlet, bool_or(cc9.credited_outlet is not null) over (partition by cc9.source_id) as credits from citation cc9 where cc9.statement_id = t5.id
                ) c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') when c10.credits then array[]::text[] else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o8(outlet)
              ) o7 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", t5.quote as "quote", t5.slug as "slug", (
                select row_to_json(z12.*) from (
                  select (
                    select count(*) from citation q13 where q13.statement_id = t5.id
                  ) as "totalCount", (
                    select row_to_json(r14.*) from (
                      select exists (
                        select 1 from citation q13 where (q13.statement_id = t5.id) and (not (q13.source_id, q13.start_offset, q13.id) > (cast(? as bigint), cast(? as integer), ?))
                      ) as "hasPreviousPage"
                    ) r14
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors from (
                      select row_number() over (order by t16.sort_0, t16.sort_1, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text), dg_cursor_value(t16.sort_1::text)]::text[], t16.id) as cursor from (
                        select q13.*, q13.source_id as sort_0, q13.start_offset as sort_1 from citation q13 where (q13.statement_id = t5.id) and ((q13.source_id, q13.start_offset, q13.id) > (cast(? as bigint), cast(? as integer), ?)) order by q13.source_id, q13.start_offset, q13.id limit ?
                      ) t16
                    ) n15
                  ) a17
                ) z12
              ) as "citations"
            ) r6
          ) as l0 from (
            select q18.*, coalesce(q18.date_latest, q18.date_earliest, '-infinity'::date) as sort_0 from statement q18 where true order by coalesce(q18.date_latest, q18.date_earliest, '-infinity'::date) desc, q18.id desc limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [8,8,8,"DATE:DESC","10000019","1522",1179,2,"SOURCE_POSITION:ASC","10000019","1522",1179,3,9]
