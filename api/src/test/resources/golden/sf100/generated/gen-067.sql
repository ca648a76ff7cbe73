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
          select a3.cursors[1] as "startCursor", a3.fetched > ? as "hasNextPage", false as "hasPreviousPage", a3.cursors[array_length(a3.cursors, 1)] as "endCursor"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0 desc, t5.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select coalesce(to_json(dg_global_id('Statement', t5.slug)), '{"$error":0}'::json) as "id", coalesce(to_json(array(select o7.outlet from (
                select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.statement_id = t5.id
              ) o7 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", t5.quote as "quote", t5.slug as "slug", (
                select row_to_json(z11.*) from (
                  select (
                    select count(*) from citation q12 where q12.statement_id = t5.id
                  ) as "totalCount", (
                    select row_to_json(r13.*) from (
                      select exists (
                        select 1 from citation q12 where (q12.statement_id = t5.id) and (not (q12.source_id, q12.start_offset, q12.id) > (cast(? as bigint), cast(? as integer), ?))
                      ) as "hasPreviousPage"
                    ) r13
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors from (
                      select row_number() over (order by t15.sort_0, t15.sort_1, t15.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text), dg_cursor_value(t15.sort_1::text)]::text[], t15.id) as cursor from (
                        select q12.*, q12.source_id as sort_0, q12.start_offset as sort_1 from citation q12 where (q12.statement_id = t5.id) and ((q12.source_id, q12.start_offset, q12.id) > (cast(? as bigint), cast(? as integer), ?)) order by q12.source_id, q12.start_offset, q12.id limit ?
                      ) t15
                    ) n14
                  ) a16
                ) z11
              ) as "citations"
            ) r6
          ) as l0 from (
            select q17.*, coalesce(q17.date_latest, q17.date_earliest, '-infinity'::date) as sort_0 from statement q17 where true order by coalesce(q17.date_latest, q17.date_earliest, '-infinity'::date) desc, q17.id desc limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [8,8,8,"DATE:DESC","10000019","1522",1179,2,"SOURCE_POSITION:ASC","10000019","1522",1179,3,9]
