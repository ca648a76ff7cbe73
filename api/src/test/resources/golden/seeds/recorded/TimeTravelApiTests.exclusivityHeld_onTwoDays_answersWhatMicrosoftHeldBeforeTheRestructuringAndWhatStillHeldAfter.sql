-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select coalesce(a3.dg_total_count, 0) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, max(n4.dg_total_count) as dg_total_count, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
                select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, t5.dg_total_count as dg_total_count, (
                  select row_to_json(r6.*) from (
                    select t5.in_force as "inForce", (
                      select row_to_json(r7.*) from (
                        select coalesce(to_json(t5.slug), '{"$error":0}'::json) as "slug", coalesce(to_json(t5.status), '{"$error":1}'::json) as "status", (
                          select (
                            select row_to_json(r8.*) from (
                              select c9.slug as "slug", c9.kind as "kind", coalesce(to_json((case when c9.date_precision is null then null else (
                                select row_to_json(r10.*) from (
                                  select c9.date_earliest as "earliest", c9.date_latest as "latest", coalesce(to_json(c9.date_precision), '{"$error":2}'::json) as "precision", coalesce(to_json(dg_fuzzy_display(c9.date_earliest, c9.date_latest, c9.date_precision)), '{"$error":3}'::json) as "display"
                                ) r10
                              ) end)), '{"$error":4}'::json) as "date"
                            ) r8
                          ) from event c9 where c9.id = t5.superseded_by_event_id limit 1
                        ) as "supersededByEvent"
                      ) r7
                    ) as "node"
                  ) r6
                ) as l0 from (
                  select q11.*, coalesce(q11.valid_from_earliest, q11.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x12.start_earliest, x12.start_latest, x12.start_precision, x12.end_earliest, x12.end_latest, x12.end_precision) as in_force, count(*) over () as dg_total_count from exclusive_term q11 join exclusivity_term_timing x12 on x12.term_id = q11.id where (q11.holder_id = t13.id) and (in_force(cast(? as date), x12.start_earliest, x12.start_latest, x12.start_precision, x12.end_earliest, x12.end_latest, x12.end_precision) <> 'FALSE') order by coalesce(q11.valid_from_earliest, q11.valid_from_latest, 'infinity'::date), q11.id limit ?
                ) t5
              ) n4
            ) a3
          ) z2
        ) as "onMarch1", (
          select row_to_json(z14.*) from (
            select coalesce(a15.dg_total_count, 0) as "totalCount", ('[' || coalesce(a15.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, max(n16.dg_total_count) as dg_total_count, (array_agg(n16.cursor order by n16.ord) filter (where n16.ord <= ?)) as cursors, string_agg(n16.l0::text, ',' order by n16.ord) filter (where n16.ord <= ?) as l0 from (
                select row_number() over (order by t17.sort_0, t17.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t17.sort_0::text)]::text[], t17.id) as cursor, t17.dg_total_count as dg_total_count, (
                  select row_to_json(r18.*) from (
                    select t17.in_force as "inForce", (
                      select row_to_json(r19.*) from (
                        select coalesce(to_json(t17.slug), '{"$error":5}'::json) as "slug", coalesce(to_json(t17.status), '{"$error":6}'::json) as "status", (
                          select (
                            select row_to_json(r20.*) from (
                              select c21.slug as "slug"
                            ) r20
                          ) from event c21 where c21.id = t17.superseded_by_event_id limit 1
                        ) as "supersededByEvent"
                      ) r19
                    ) as "node"
                  ) r18
                ) as l0 from (
                  select q22.*, coalesce(q22.valid_from_earliest, q22.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x23.start_earliest, x23.start_latest, x23.start_precision, x23.end_earliest, x23.end_latest, x23.end_precision) as in_force, count(*) over () as dg_total_count from exclusive_term q22 join exclusivity_term_timing x23 on x23.term_id = q22.id where (q22.holder_id = t13.id) and (in_force(cast(? as date), x23.start_earliest, x23.start_latest, x23.start_precision, x23.end_earliest, x23.end_latest, x23.end_precision) <> 'FALSE') order by coalesce(q22.valid_from_earliest, q22.valid_from_latest, 'infinity'::date), q22.id limit ?
                ) t17
              ) n16
            ) a15
          ) z14
        ) as "onMay1"
      ) r1
    ) from organization t13 where t13.slug = ? limit 1
  )
)::text
-- values: [20,20,"VALID_FROM:ASC","2026-03-01","2026-03-01",21,20,20,"VALID_FROM:ASC","2026-05-01","2026-05-01",21,"microsoft"]
