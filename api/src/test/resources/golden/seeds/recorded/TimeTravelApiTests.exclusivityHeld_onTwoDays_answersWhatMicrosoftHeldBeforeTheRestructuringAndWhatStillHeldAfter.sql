-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select (
              select count(*) from exclusive_term q3 join exclusivity_term_timing x4 on x4.term_id = q3.id where (q3.holder_id = t5.id) and (in_force(cast(? as date), x4.start_earliest, x4.start_latest, x4.start_precision, x4.end_earliest, x4.end_latest, x4.end_precision) <> 'FALSE')
            ) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
                select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
                  select row_to_json(r9.*) from (
                    select t8.in_force as "inForce", (
                      select row_to_json(r10.*) from (
                        select coalesce(to_json(t8.slug), '{"$error":0}'::json) as "slug", coalesce(to_json(t8.status), '{"$error":1}'::json) as "status", (
                          select (
                            select row_to_json(r11.*) from (
                              select c12.slug as "slug", c12.kind as "kind", coalesce(to_json((case when c12.date_precision is null then null else (
                                select row_to_json(r13.*) from (
                                  select c12.date_earliest as "earliest", c12.date_latest as "latest", coalesce(to_json(c12.date_precision), '{"$error":2}'::json) as "precision", coalesce(to_json(dg_fuzzy_display(c12.date_earliest, c12.date_latest, c12.date_precision)), '{"$error":3}'::json) as "display"
                                ) r13
                              ) end)), '{"$error":4}'::json) as "date"
                            ) r11
                          ) from event c12 where c12.id = t8.superseded_by_event_id limit 1
                        ) as "supersededByEvent"
                      ) r10
                    ) as "node"
                  ) r9
                ) as l0 from (
                  select q3.*, coalesce(q3.valid_from_earliest, q3.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x4.start_earliest, x4.start_latest, x4.start_precision, x4.end_earliest, x4.end_latest, x4.end_precision) as in_force from exclusive_term q3 join exclusivity_term_timing x4 on x4.term_id = q3.id where (q3.holder_id = t5.id) and (in_force(cast(? as date), x4.start_earliest, x4.start_latest, x4.start_precision, x4.end_earliest, x4.end_latest, x4.end_precision) <> 'FALSE') order by coalesce(q3.valid_from_earliest, q3.valid_from_latest, 'infinity'::date), q3.id limit ?
                ) t8
              ) n7
            ) a6
          ) z2
        ) as "onMarch1", (
          select row_to_json(z14.*) from (
            select (
              select count(*) from exclusive_term q15 join exclusivity_term_timing x16 on x16.term_id = q15.id where (q15.holder_id = t5.id) and (in_force(cast(? as date), x16.start_earliest, x16.start_latest, x16.start_precision, x16.end_earliest, x16.end_latest, x16.end_precision) <> 'FALSE')
            ) as "totalCount", ('[' || coalesce(a17.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n18.cursor order by n18.ord) filter (where n18.ord <= ?)) as cursors, string_agg(n18.l0::text, ',' order by n18.ord) filter (where n18.ord <= ?) as l0 from (
                select row_number() over (order by t19.sort_0, t19.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t19.sort_0::text)]::text[], t19.id) as cursor, (
                  select row_to_json(r20.*) from (
                    select t19.in_force as "inForce", (
                      select row_to_json(r21.*) from (
                        select coalesce(to_json(t19.slug), '{"$error":5}'::json) as "slug", coalesce(to_json(t19.status), '{"$error":6}'::json) as "status", (
                          select (
                            select row_to_json(r22.*) from (
                              select c23.slug as "slug"
                            ) r22
                          ) from event c23 where c23.id = t19.superseded_by_event_id limit 1
                        ) as "supersededByEvent"
                      ) r21
                    ) as "node"
                  ) r20
                ) as l0 from (
                  select q15.*, coalesce(q15.valid_from_earliest, q15.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x16.start_earliest, x16.start_latest, x16.start_precision, x16.end_earliest, x16.end_latest, x16.end_precision) as in_force from exclusive_term q15 join exclusivity_term_timing x16 on x16.term_id = q15.id where (q15.holder_id = t5.id) and (in_force(cast(? as date), x16.start_earliest, x16.start_latest, x16.start_precision, x16.end_earliest, x16.end_latest, x16.end_precision) <> 'FALSE') order by coalesce(q15.valid_from_earliest, q15.valid_from_latest, 'infinity'::date), q15.id limit ?
                ) t19
              ) n18
            ) a17
          ) z14
        ) as "onMay1"
      ) r1
    ) from organization t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["2026-03-01",20,20,"VALID_FROM:ASC","2026-03-01","2026-03-01",21,"2026-05-01",20,20,"VALID_FROM:ASC","2026-05-01","2026-05-01",21,"microsoft"]
