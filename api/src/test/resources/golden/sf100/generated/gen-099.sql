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
          select a3.cursors[1] as "startCursor", a3.fetched > ? as "hasNextPage", exists (
            select 1 from statement q4 where (true) and (not (coalesce(q4.date_latest, q4.date_earliest, '-infinity'::date), q4.id) < (cast(? as date), ?))
          ) as "hasPreviousPage", a3.cursors[array_length(a3.cursors, 1)] as "endCursor"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0 desc, t6.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select coalesce(to_json(dg_global_id('Statement', t6.slug)), '{"$error":0}'::json) as "id", coalesce(to_json(array(select o8.outlet from (
                select distinct trim(o9.outlet) collate "C" as outlet from (
                  select cc10.source_id, cc10.credited_outlet, bool_or(cc10.credited_outlet is not null) over (partition by cc10.source_id) as credits from citation cc10 where cc10.statement_id = t6.id
                ) c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') when c11.credits then array[]::text[] else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o9(outlet)
              ) o8 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", t6.quote as "quote", t6.slug as "slug", (
                select row_to_json(z13.*) from (
                  select (
                    select count(*) from citation q14 where q14.statement_id = t6.id
                  ) as "totalCount", (
                    select row_to_json(r15.*) from (
                      select exists (
                        select 1 from citation q14 where (q14.statement_id = t6.id) and (not (q14.source_id, q14.start_offset, q14.id) > (cast(? as bigint), cast(? as integer), ?))
                      ) as "hasPreviousPage"
                    ) r15
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n16.cursor order by n16.ord) filter (where n16.ord <= ?)) as cursors from (
                      select row_number() over (order by t17.sort_0, t17.sort_1, t17.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t17.sort_0::text), dg_cursor_value(t17.sort_1::text)]::text[], t17.id) as cursor from (
                        select q14.*, q14.source_id as sort_0, q14.start_offset as sort_1 from citation q14 where (q14.statement_id = t6.id) and ((q14.source_id, q14.start_offset, q14.id) > (cast(? as bigint), cast(? as integer), ?)) order by q14.source_id, q14.start_offset, q14.id limit ?
                      ) t17
                    ) n16
                  ) a18
                ) z13
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
