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
                  ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", t4.status as "status", coalesce(to_json((select count(*)::int from (
                    select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.exclusivity_term_id = t4.id
                  ) o11)), '{"$error":1}'::json) as "corroboration", (
                    select row_to_json(z12.*) from (
                      select ('[' || coalesce(a13.l0, '') || ']')::json as "nodes", (
                        select row_to_json(r14.*) from (
                          select a13.fetched > ? as "hasNextPage", a13.cursors[1] as "startCursor"
                        ) r14
                      ) as "pageInfo" from (
                        select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                          select row_number() over (order by t16.sort_0, t16.sort_1, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text), dg_cursor_value(t16.sort_1::text)]::text[], t16.id) as cursor, (
                            select row_to_json(r17.*) from (
                              select t16.credited_outlet as "creditedOutlet"
                            ) r17
                          ) as l0 from (
                            select q18.*, q18.source_id as sort_0, q18.start_offset as sort_1 from citation q18 where q18.exclusivity_term_id = t4.id order by q18.source_id, q18.start_offset, q18.id limit ?
                          ) t16
                        ) n15
                      ) a13
                    ) z12
                  ) as "citations"
                ) r6
              ) as "node"
            ) r5
          ) as l0 from (
            select q19.*, coalesce(q19.valid_from_earliest, q19.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x20.start_earliest, x20.start_latest, x20.start_precision, x20.end_earliest, x20.end_latest, x20.end_precision) as in_force from exclusivity_term q19 join exclusivity_term_timing x20 on x20.term_id = q19.id where (in_force(cast(? as date), x20.start_earliest, x20.start_latest, x20.start_precision, x20.end_earliest, x20.end_latest, x20.end_precision) <> 'FALSE') and ((coalesce(q19.valid_from_earliest, q19.valid_from_latest, 'infinity'::date), q19.id) > (cast(? as date), ?)) order by coalesce(q19.valid_from_earliest, q19.valid_from_latest, 'infinity'::date), q19.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [3,3,"VALID_FROM:ASC","VALID_FROM:ASC","2026-04-28",2,2,2,"SOURCE_POSITION:ASC",3,"2026-04-01","2026-04-01","infinity",3,4]
