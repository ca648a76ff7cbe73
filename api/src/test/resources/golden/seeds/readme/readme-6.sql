-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
                select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
                  select row_to_json(r6.*) from (
                    select t5.in_force as "inForce", (
                      select row_to_json(r7.*) from (
                        select coalesce(to_json(t5.scope), '{"$error":0}'::json) as "scope", (case when t5.valid_to_precision is null then null else (
                          select row_to_json(r8.*) from (
                            select coalesce(to_json(dg_fuzzy_display(t5.valid_to_earliest, t5.valid_to_latest, t5.valid_to_precision)), '{"$error":1}'::json) as "display"
                          ) r8
                        ) end) as "validTo"
                      ) r7
                    ) as "node"
                  ) r6
                ) as l0 from (
                  select q9.*, coalesce(q9.valid_from_earliest, q9.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x10.start_earliest, x10.start_latest, x10.start_precision, x10.end_earliest, x10.end_latest, x10.end_precision) as in_force from exclusive_term q9 join exclusivity_term_timing x10 on x10.term_id = q9.id where (q9.holder_id = t11.id) and (in_force(cast(? as date), x10.start_earliest, x10.start_latest, x10.start_precision, x10.end_earliest, x10.end_latest, x10.end_precision) <> 'FALSE') order by coalesce(q9.valid_from_earliest, q9.valid_from_latest, 'infinity'::date), q9.id limit ?
                ) t5
              ) n4
            ) a3
          ) z2
        ) as "march", (
          select row_to_json(z12.*) from (
            select ('[' || coalesce(a13.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors, string_agg(n14.l0::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l0 from (
                select row_number() over (order by t15.sort_0, t15.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text)]::text[], t15.id) as cursor, (
                  select row_to_json(r16.*) from (
                    select t15.in_force as "inForce", (
                      select row_to_json(r17.*) from (
                        select coalesce(to_json(t15.scope), '{"$error":2}'::json) as "scope"
                      ) r17
                    ) as "node"
                  ) r16
                ) as l0 from (
                  select q18.*, coalesce(q18.valid_from_earliest, q18.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x19.start_earliest, x19.start_latest, x19.start_precision, x19.end_earliest, x19.end_latest, x19.end_precision) as in_force from exclusive_term q18 join exclusivity_term_timing x19 on x19.term_id = q18.id where (q18.holder_id = t11.id) and (in_force(cast(? as date), x19.start_earliest, x19.start_latest, x19.start_precision, x19.end_earliest, x19.end_latest, x19.end_precision) <> 'FALSE') order by coalesce(q18.valid_from_earliest, q18.valid_from_latest, 'infinity'::date), q18.id limit ?
                ) t15
              ) n14
            ) a13
          ) z12
        ) as "may"
      ) r1
    ) from organization t11 where t11.slug = ? limit 1
  )
)::text
-- values: [20,20,"VALID_FROM:ASC","2026-03-01","2026-03-01",21,20,20,"VALID_FROM:ASC","2026-05-01","2026-05-01",21,"microsoft"]
-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(coalesce((
          select in_force(cast(? as date), x2.start_earliest, x2.start_latest, x2.start_precision, x2.end_earliest, x2.end_latest, x2.end_precision) from exclusivity_term_timing x2 where x2.term_id = t3.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "april1", coalesce(to_json(coalesce((
          select in_force(cast(? as date), x4.start_earliest, x4.start_latest, x4.start_precision, x4.end_earliest, x4.end_latest, x4.end_precision) from exclusivity_term_timing x4 where x4.term_id = t3.id
        ), 'UNKNOWN')), '{"$error":1}'::json) as "april28", coalesce(to_json(coalesce((
          select in_force(cast(? as date), x5.start_earliest, x5.start_latest, x5.start_precision, x5.end_earliest, x5.end_latest, x5.end_precision) from exclusivity_term_timing x5 where x5.term_id = t3.id
        ), 'UNKNOWN')), '{"$error":2}'::json) as "may1", (
          select (
            select row_to_json(r6.*) from (
              select c7.title as "title", coalesce(to_json((case when c7.date_precision is null then null else (
                select row_to_json(r8.*) from (
                  select coalesce(to_json(dg_fuzzy_display(c7.date_earliest, c7.date_latest, c7.date_precision)), '{"$error":3}'::json) as "display", coalesce(to_json(c7.date_text), '{"$error":4}'::json) as "text"
                ) r8
              ) end)), '{"$error":5}'::json) as "date"
            ) r6
          ) from event c7 where c7.id = t3.superseded_by_event_id limit 1
        ) as "supersededByEvent"
      ) r1
    ) from exclusive_term t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2026-04-01","2026-04-28","2026-05-01","microsoft-exclusive-openai-ip-license"]
