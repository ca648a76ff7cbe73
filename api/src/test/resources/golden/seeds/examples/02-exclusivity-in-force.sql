-- exclusivityTerms
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from exclusive_term q2 join exclusivity_term_timing x3 on x3.term_id = q2.id where in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE'
      ) as "totalCount", ('[' || coalesce(a4.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select t6.in_force as "inForce", (
                select row_to_json(r8.*) from (
                  select coalesce(to_json(t6.scope), '{"$error":0}'::json) as "scope", coalesce(to_json(t6.status), '{"$error":1}'::json) as "status", coalesce(to_json((
                    select (
                      select row_to_json(r9.*) from (
                        select c10.name as "name"
                      ) r9
                    ) from organization c10 where c10.id = t6.holder_id limit 1
                  )), '{"$error":2}'::json) as "holder", coalesce(to_json((
                    select (
                      select row_to_json(r11.*) from (
                        select c12.name as "name"
                      ) r11
                    ) from organization c12 where c12.id = t6.grantor_id limit 1
                  )), '{"$error":3}'::json) as "grantor", (case when t6.valid_from_precision is null then null else (
                    select row_to_json(r13.*) from (
                      select coalesce(to_json(dg_fuzzy_display(t6.valid_from_earliest, t6.valid_from_latest, t6.valid_from_precision)), '{"$error":4}'::json) as "display", coalesce(to_json(t6.valid_from_text), '{"$error":5}'::json) as "text"
                    ) r13
                  ) end) as "validFrom", (case when t6.valid_to_precision is null then null else (
                    select row_to_json(r14.*) from (
                      select coalesce(to_json(dg_fuzzy_display(t6.valid_to_earliest, t6.valid_to_latest, t6.valid_to_precision)), '{"$error":6}'::json) as "display", coalesce(to_json(t6.valid_to_text), '{"$error":7}'::json) as "text"
                    ) r14
                  ) end) as "validTo", (
                    select (
                      select row_to_json(r15.*) from (
                        select c16.title as "title", coalesce(to_json((case when c16.date_precision is null then null else (
                          select row_to_json(r17.*) from (
                            select coalesce(to_json(dg_fuzzy_display(c16.date_earliest, c16.date_latest, c16.date_precision)), '{"$error":8}'::json) as "display"
                          ) r17
                        ) end)), '{"$error":9}'::json) as "date"
                      ) r15
                    ) from event c16 where c16.id = t6.superseded_by_event_id limit 1
                  ) as "supersededByEvent", (
                    select row_to_json(z18.*) from (
                      select ('[' || coalesce(a19.l0, '') || ']')::json as "nodes" from (
                        select count(*) as fetched, (array_agg(n20.cursor order by n20.ord) filter (where n20.ord <= ?)) as cursors, string_agg(n20.l0::text, ',' order by n20.ord) filter (where n20.ord <= ?) as l0 from (
                          select row_number() over (order by t21.sort_0, t21.sort_1, t21.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t21.sort_0::text), dg_cursor_value(t21.sort_1::text)]::text[], t21.id) as cursor, (
                            select row_to_json(r22.*) from (
                              select t21.excerpt as "excerpt", t21.credited_outlet as "creditedOutlet", coalesce(to_json((
                                select (
                                  select row_to_json(r23.*) from (
                                    select c24.title as "title"
                                  ) r23
                                ) from source c24 where c24.id = t21.source_id limit 1
                              )), '{"$error":10}'::json) as "source"
                            ) r22
                          ) as l0 from (
                            select q25.*, q25.source_id as sort_0, q25.start_offset as sort_1 from citation q25 where q25.exclusivity_term_id = t6.id order by q25.source_id, q25.start_offset, q25.id limit ?
                          ) t21
                        ) n20
                      ) a19
                    ) z18
                  ) as "citations"
                ) r8
              ) as "node"
            ) r7
          ) as l0 from (
            select q2.*, coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) as in_force from exclusive_term q2 join exclusivity_term_timing x3 on x3.term_id = q2.id where in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE' order by coalesce(q2.valid_from_earliest, q2.valid_from_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: ["2026-04-01",20,20,"VALID_FROM:ASC",20,20,"SOURCE_POSITION:ASC",21,"2026-04-01","2026-04-01",21]
