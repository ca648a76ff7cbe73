-- exclusivityTerms
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", t4.in_force as "inForce", (
                select row_to_json(r6.*) from (
                  select coalesce(to_json(coalesce((
                    select in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) from exclusivity_term_timing x7 where x7.term_id = t4.id
                  ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", coalesce(to_json(t4.status), '{"$error":1}'::json) as "status", coalesce(to_json((select count(*)::int from (
                    select distinct trim(o8.outlet) collate "C" as outlet from (
                      select cc9.source_id, cc9.credited_outlet, bool_or(cc9.credited_outlet is not null) over (partition by cc9.source_id) as credits from citation cc9 where cc9.exclusivity_term_id = t4.id
                    ) c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') when c10.credits then array[]::text[] else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o8(outlet)
                  ) o12)), '{"$error":2}'::json) as "corroboration", (
                    select row_to_json(z13.*) from (
                      select ('[' || coalesce(a14.l0, '') || ']')::json as "nodes", (
                        select row_to_json(r15.*) from (
                          select a14.fetched > ? as "hasNextPage", a14.cursors[1] as "startCursor"
                        ) r15
                      ) as "pageInfo" from (
                        select count(*) as fetched, (array_agg(n16.cursor order by n16.ord) filter (where n16.ord <= ?)) as cursors, string_agg(n16.l0::text, ',' order by n16.ord) filter (where n16.ord <= ?) as l0 from (
                          select row_number() over (order by t17.sort_0, t17.sort_1, t17.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t17.sort_0::text), dg_cursor_value(t17.sort_1::text)]::text[], t17.id) as cursor, (
                            select row_to_json(r18.*) from (
                              select t17.credited_outlet as "creditedOutlet"
                            ) r18
                          ) as l0 from (
                            select q19.*, q19.source_id as sort_0, q19.start_offset as sort_1 from citation q19 where q19.exclusivity_term_id = t4.id order by q19.source_id, q19.start_offset, q19.id limit ?
                          ) t17
                        ) n16
                      ) a14
                    ) z13
                  ) as "citations"
                ) r6
              ) as "node"
            ) r5
          ) as l0 from (
            select q20.*, coalesce(q20.valid_from_earliest, q20.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x21.start_earliest, x21.start_latest, x21.start_precision, x21.end_earliest, x21.end_latest, x21.end_precision) as in_force from exclusive_term q20 join exclusivity_term_timing x21 on x21.term_id = q20.id where (in_force(cast(? as date), x21.start_earliest, x21.start_latest, x21.start_precision, x21.end_earliest, x21.end_latest, x21.end_precision) <> 'FALSE') and ((coalesce(q20.valid_from_earliest, q20.valid_from_latest, 'infinity'::date), q20.id) > (cast(? as date), ?)) order by coalesce(q20.valid_from_earliest, q20.valid_from_latest, 'infinity'::date), q20.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [3,3,"VALID_FROM:ASC","VALID_FROM:ASC","2026-04-28",2,2,2,"SOURCE_POSITION:ASC",3,"2026-04-01","2026-04-01","infinity",3,4]
