-- amazon
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select (
              select count(*) from commitment q3 join commitment_timing x4 on x4.commitment_id = q3.id where (q3.deal_id = t5.id) and (in_force(cast(? as date), x4.start_earliest, x4.start_latest, x4.start_precision, x4.end_earliest, x4.end_latest, x4.end_precision) <> 'FALSE')
            ) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
                select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
                  select row_to_json(r9.*) from (
                    select t8.in_force as "inForce", (
                      select row_to_json(r10.*) from (
                        select t8.slug as "slug"
                      ) r10
                    ) as "node"
                  ) r9
                ) as l0 from (
                  select q3.*, coalesce(q3.date_earliest, q3.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x4.start_earliest, x4.start_latest, x4.start_precision, x4.end_earliest, x4.end_latest, x4.end_precision) as in_force from commitment q3 join commitment_timing x4 on x4.commitment_id = q3.id where (q3.deal_id = t5.id) and (in_force(cast(? as date), x4.start_earliest, x4.start_latest, x4.start_precision, x4.end_earliest, x4.end_latest, x4.end_precision) <> 'FALSE') order by coalesce(q3.date_earliest, q3.date_latest, 'infinity'::date), q3.id limit ?
                ) t8
              ) n7
            ) a6
          ) z2
        ) as "commitmentsMar1", (
          select row_to_json(z11.*) from (
            select (
              select count(*) from commitment q12 join commitment_timing x13 on x13.commitment_id = q12.id where (q12.deal_id = t5.id) and (in_force(cast(? as date), x13.start_earliest, x13.start_latest, x13.start_precision, x13.end_earliest, x13.end_latest, x13.end_precision) <> 'FALSE')
            ) as "totalCount", ('[' || coalesce(a14.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                select row_number() over (order by t16.sort_0, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text)]::text[], t16.id) as cursor, (
                  select row_to_json(r17.*) from (
                    select t16.in_force as "inForce", (
                      select row_to_json(r18.*) from (
                        select t16.slug as "slug"
                      ) r18
                    ) as "node"
                  ) r17
                ) as l0 from (
                  select q12.*, coalesce(q12.date_earliest, q12.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x13.start_earliest, x13.start_latest, x13.start_precision, x13.end_earliest, x13.end_latest, x13.end_precision) as in_force from commitment q12 join commitment_timing x13 on x13.commitment_id = q12.id where (q12.deal_id = t5.id) and (in_force(cast(? as date), x13.start_earliest, x13.start_latest, x13.start_precision, x13.end_earliest, x13.end_latest, x13.end_precision) <> 'FALSE') order by coalesce(q12.date_earliest, q12.date_latest, 'infinity'::date), q12.id limit ?
                ) t16
              ) n15
            ) a14
          ) z11
        ) as "commitmentsFeb1", (
          select row_to_json(z19.*) from (
            select (
              select count(*) from exclusive_term q20 join exclusivity_term_timing x21 on x21.term_id = q20.id where (q20.deal_id = t5.id) and (in_force(cast(? as date), x21.start_earliest, x21.start_latest, x21.start_precision, x21.end_earliest, x21.end_latest, x21.end_precision) <> 'FALSE')
            ) as "totalCount", ('[' || coalesce(a22.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n23.cursor order by n23.ord) filter (where n23.ord <= ?)) as cursors, string_agg(n23.l0::text, ',' order by n23.ord) filter (where n23.ord <= ?) as l0 from (
                select row_number() over (order by t24.sort_0, t24.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t24.sort_0::text)]::text[], t24.id) as cursor, (
                  select row_to_json(r25.*) from (
                    select t24.in_force as "inForce", (
                      select row_to_json(r26.*) from (
                        select coalesce(to_json(t24.slug), '{"$error":0}'::json) as "slug"
                      ) r26
                    ) as "node"
                  ) r25
                ) as l0 from (
                  select q20.*, coalesce(q20.valid_from_earliest, q20.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x21.start_earliest, x21.start_latest, x21.start_precision, x21.end_earliest, x21.end_latest, x21.end_precision) as in_force from exclusive_term q20 join exclusivity_term_timing x21 on x21.term_id = q20.id where (q20.deal_id = t5.id) and (in_force(cast(? as date), x21.start_earliest, x21.start_latest, x21.start_precision, x21.end_earliest, x21.end_latest, x21.end_precision) <> 'FALSE') order by coalesce(q20.valid_from_earliest, q20.valid_from_latest, 'infinity'::date), q20.id limit ?
                ) t24
              ) n23
            ) a22
          ) z19
        ) as "termsMar1", (
          select row_to_json(z27.*) from (
            select (
              select count(*) from exclusive_term q28 join exclusivity_term_timing x29 on x29.term_id = q28.id where (q28.deal_id = t5.id) and (in_force(cast(? as date), x29.start_earliest, x29.start_latest, x29.start_precision, x29.end_earliest, x29.end_latest, x29.end_precision) <> 'FALSE')
            ) as "totalCount" from (
              select count(*) as fetched, (array_agg(n30.cursor order by n30.ord) filter (where n30.ord <= ?)) as cursors from (
                select row_number() over (order by t31.sort_0, t31.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t31.sort_0::text)]::text[], t31.id) as cursor from (
                  select q28.*, coalesce(q28.valid_from_earliest, q28.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x29.start_earliest, x29.start_latest, x29.start_precision, x29.end_earliest, x29.end_latest, x29.end_precision) as in_force from exclusive_term q28 join exclusivity_term_timing x29 on x29.term_id = q28.id where (q28.deal_id = t5.id) and (in_force(cast(? as date), x29.start_earliest, x29.start_latest, x29.start_precision, x29.end_earliest, x29.end_latest, x29.end_precision) <> 'FALSE') order by coalesce(q28.valid_from_earliest, q28.valid_from_latest, 'infinity'::date), q28.id limit ?
                ) t31
              ) n30
            ) a32
          ) z27
        ) as "termsFeb1"
      ) r1
    ) from deal t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["2026-03-01",20,20,"DATE:ASC","2026-03-01","2026-03-01",21,"2026-02-01",20,20,"DATE:ASC","2026-02-01","2026-02-01",21,"2026-03-01",20,20,"VALID_FROM:ASC","2026-03-01","2026-03-01",21,"2026-02-01",20,"VALID_FROM:ASC","2026-02-01","2026-02-01",21,"amazon-openai-partnership"]
-- microsoft
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select (
              select count(*) from commitment q3 join commitment_timing x4 on x4.commitment_id = q3.id where (q3.deal_id = t5.id) and (in_force(cast(? as date), x4.start_earliest, x4.start_latest, x4.start_precision, x4.end_earliest, x4.end_latest, x4.end_precision) <> 'FALSE')
            ) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
                select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
                  select row_to_json(r9.*) from (
                    select t8.in_force as "inForce", (
                      select row_to_json(r10.*) from (
                        select t8.slug as "slug"
                      ) r10
                    ) as "node"
                  ) r9
                ) as l0 from (
                  select q3.*, coalesce(q3.date_earliest, q3.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x4.start_earliest, x4.start_latest, x4.start_precision, x4.end_earliest, x4.end_latest, x4.end_precision) as in_force from commitment q3 join commitment_timing x4 on x4.commitment_id = q3.id where (q3.deal_id = t5.id) and (in_force(cast(? as date), x4.start_earliest, x4.start_latest, x4.start_precision, x4.end_earliest, x4.end_latest, x4.end_precision) <> 'FALSE') order by coalesce(q3.date_earliest, q3.date_latest, 'infinity'::date), q3.id limit ?
                ) t8
              ) n7
            ) a6
          ) z2
        ) as "commitments2025", (
          select row_to_json(z11.*) from (
            select (
              select count(*) from exclusive_term q12 join exclusivity_term_timing x13 on x13.term_id = q12.id where (q12.deal_id = t5.id) and (in_force(cast(? as date), x13.start_earliest, x13.start_latest, x13.start_precision, x13.end_earliest, x13.end_latest, x13.end_precision) <> 'FALSE')
            ) as "totalCount", ('[' || coalesce(a14.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                select row_number() over (order by t16.sort_0, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text)]::text[], t16.id) as cursor, (
                  select row_to_json(r17.*) from (
                    select t16.in_force as "inForce", (
                      select row_to_json(r18.*) from (
                        select coalesce(to_json(t16.slug), '{"$error":0}'::json) as "slug"
                      ) r18
                    ) as "node"
                  ) r17
                ) as l0 from (
                  select q12.*, coalesce(q12.valid_from_earliest, q12.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x13.start_earliest, x13.start_latest, x13.start_precision, x13.end_earliest, x13.end_latest, x13.end_precision) as in_force from exclusive_term q12 join exclusivity_term_timing x13 on x13.term_id = q12.id where (q12.deal_id = t5.id) and (in_force(cast(? as date), x13.start_earliest, x13.start_latest, x13.start_precision, x13.end_earliest, x13.end_latest, x13.end_precision) <> 'FALSE') order by coalesce(q12.valid_from_earliest, q12.valid_from_latest, 'infinity'::date), q12.id limit ?
                ) t16
              ) n15
            ) a14
          ) z11
        ) as "termsApr28", (
          select row_to_json(z19.*) from (
            select (
              select count(*) from exclusive_term q20 join exclusivity_term_timing x21 on x21.term_id = q20.id where (q20.deal_id = t5.id) and (in_force(cast(? as date), x21.start_earliest, x21.start_latest, x21.start_precision, x21.end_earliest, x21.end_latest, x21.end_precision) <> 'FALSE')
            ) as "totalCount", ('[' || coalesce(a22.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n23.cursor order by n23.ord) filter (where n23.ord <= ?)) as cursors, string_agg(n23.l0::text, ',' order by n23.ord) filter (where n23.ord <= ?) as l0 from (
                select row_number() over (order by t24.sort_0, t24.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t24.sort_0::text)]::text[], t24.id) as cursor, (
                  select row_to_json(r25.*) from (
                    select t24.in_force as "inForce", (
                      select row_to_json(r26.*) from (
                        select coalesce(to_json(t24.slug), '{"$error":1}'::json) as "slug"
                      ) r26
                    ) as "node"
                  ) r25
                ) as l0 from (
                  select q20.*, coalesce(q20.valid_from_earliest, q20.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x21.start_earliest, x21.start_latest, x21.start_precision, x21.end_earliest, x21.end_latest, x21.end_precision) as in_force from exclusive_term q20 join exclusivity_term_timing x21 on x21.term_id = q20.id where (q20.deal_id = t5.id) and (in_force(cast(? as date), x21.start_earliest, x21.start_latest, x21.start_precision, x21.end_earliest, x21.end_latest, x21.end_precision) <> 'FALSE') order by coalesce(q20.valid_from_earliest, q20.valid_from_latest, 'infinity'::date), q20.id limit ?
                ) t24
              ) n23
            ) a22
          ) z19
        ) as "termsMay1"
      ) r1
    ) from deal t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["2025-06-01",20,20,"DATE:ASC","2025-06-01","2025-06-01",21,"2026-04-28",20,20,"VALID_FROM:ASC","2026-04-28","2026-04-28",21,"2026-05-01",20,20,"VALID_FROM:ASC","2026-05-01","2026-05-01",21,"microsoft-openai-partnership"]
