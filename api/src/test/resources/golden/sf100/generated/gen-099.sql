-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(coalesce((
          select in_force(cast(? as date), x2.start_earliest, x2.start_latest, x2.start_precision, x2.end_earliest, x2.end_latest, x2.end_precision) from exclusivity_term_timing x2 where x2.term_id = t3.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", t3.scope as "scope", coalesce(to_json(array(select o4.outlet from (
          select distinct trim(o5.outlet) collate "C" as outlet from citation c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o5(outlet) where c6.exclusivity_term_id = t3.id
        ) o4 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", (case when t3.valid_to_precision is null then null else (
          select row_to_json(r8.*) from (
            select coalesce(to_json(t3.valid_to_precision), '{"$error":2}'::json) as "precision", coalesce(to_json(dg_fuzzy_display(t3.valid_to_earliest, t3.valid_to_latest, t3.valid_to_precision)), '{"$error":3}'::json) as "display"
          ) r8
        ) end) as "validTo"
      ) r1
    ) from exclusivity_term t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2024-10-01","exclusivity-7455"]
-- statements
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[1] as "startCursor", a3.fetched > ? as "hasNextPage", exists (
            select 1 from statement q4 where (true) and (not (coalesce(q4.date_latest, q4.date_earliest, '-infinity'::date), q4.id) < (cast(? as date), ?))
          ) as "hasPreviousPage", a3.cursors[array_length(a3.cursors, 1)] as "endCursor"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0 desc, t6.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select coalesce(to_json(dg_global_id('Statement', t6.slug)), '{"$error":0}'::json) as "id", coalesce(to_json(array(select o8.outlet from (
                select distinct trim(o9.outlet) collate "C" as outlet from citation c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o9(outlet) where c10.statement_id = t6.id
              ) o8 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", t6.quote as "quote", t6.slug as "slug", (
                select row_to_json(z12.*) from (
                  select (
                    select count(*) from citation q13 where q13.statement_id = t6.id
                  ) as "totalCount", (
                    select row_to_json(r14.*) from (
                      select exists (
                        select 1 from citation q13 where (q13.statement_id = t6.id) and (not (q13.source_id, q13.start_offset, q13.id) > (cast(? as bigint), cast(? as integer), ?))
                      ) as "hasPreviousPage"
                    ) r14
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors from (
                      select row_number() over (order by t16.sort_0, t16.sort_1, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text), dg_cursor_value(t16.sort_1::text)]::text[], t16.id) as cursor from (
                        select q13.*, q13.source_id as sort_0, q13.start_offset as sort_1 from citation q13 where (q13.statement_id = t6.id) and ((q13.source_id, q13.start_offset, q13.id) > (cast(? as bigint), cast(? as integer), ?)) order by q13.source_id, q13.start_offset, q13.id limit ?
                      ) t16
                    ) n15
                  ) a17
                ) z12
              ) as "citations"
            ) r7
          ) as l0 from (
            select q4.*, coalesce(q4.date_latest, q4.date_earliest, '-infinity'::date) as sort_0 from statement q4 where (true) and ((coalesce(q4.date_latest, q4.date_earliest, '-infinity'::date), q4.id) < (cast(? as date), ?)) order by coalesce(q4.date_latest, q4.date_earliest, '-infinity'::date) desc, q4.id desc limit ?
          ) t6
        ) n5
      ) a3
    ) z1
  )
)::text
-- values: [8,"2026-12-31",10005175,8,8,"DATE:DESC","10000019","1522",1179,2,"SOURCE_POSITION:ASC","10000019","1522",1179,3,"2026-12-31",10005175,9]
