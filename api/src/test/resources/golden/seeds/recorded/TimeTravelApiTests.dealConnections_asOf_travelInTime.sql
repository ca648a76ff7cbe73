-- amazon
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
                        select t5.slug as "slug"
                      ) r7
                    ) as "node"
                  ) r6
                ) as l0 from (
                  select q8.*, coalesce(q8.date_earliest, q8.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) as in_force, count(*) over () as dg_total_count from commitment q8 join commitment_timing x9 on x9.commitment_id = q8.id where (q8.deal_id = t10.id) and (in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) <> 'FALSE') order by coalesce(q8.date_earliest, q8.date_latest, 'infinity'::date), q8.id limit ?
                ) t5
              ) n4
            ) a3
          ) z2
        ) as "commitmentsMar1", (
          select row_to_json(z11.*) from (
            select coalesce(a12.dg_total_count, 0) as "totalCount", ('[' || coalesce(a12.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, max(n13.dg_total_count) as dg_total_count, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors, string_agg(n13.l0::text, ',' order by n13.ord) filter (where n13.ord <= ?) as l0 from (
                select row_number() over (order by t14.sort_0, t14.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as cursor, t14.dg_total_count as dg_total_count, (
                  select row_to_json(r15.*) from (
                    select t14.in_force as "inForce", (
                      select row_to_json(r16.*) from (
                        select t14.slug as "slug"
                      ) r16
                    ) as "node"
                  ) r15
                ) as l0 from (
                  select q17.*, coalesce(q17.date_earliest, q17.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x18.start_earliest, x18.start_latest, x18.start_precision, x18.end_earliest, x18.end_latest, x18.end_precision) as in_force, count(*) over () as dg_total_count from commitment q17 join commitment_timing x18 on x18.commitment_id = q17.id where (q17.deal_id = t10.id) and (in_force(cast(? as date), x18.start_earliest, x18.start_latest, x18.start_precision, x18.end_earliest, x18.end_latest, x18.end_precision) <> 'FALSE') order by coalesce(q17.date_earliest, q17.date_latest, 'infinity'::date), q17.id limit ?
                ) t14
              ) n13
            ) a12
          ) z11
        ) as "commitmentsFeb1", (
          select row_to_json(z19.*) from (
            select coalesce(a20.dg_total_count, 0) as "totalCount", ('[' || coalesce(a20.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, max(n21.dg_total_count) as dg_total_count, (array_agg(n21.cursor order by n21.ord) filter (where n21.ord <= ?)) as cursors, string_agg(n21.l0::text, ',' order by n21.ord) filter (where n21.ord <= ?) as l0 from (
                select row_number() over (order by t22.sort_0, t22.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t22.sort_0::text)]::text[], t22.id) as cursor, t22.dg_total_count as dg_total_count, (
                  select row_to_json(r23.*) from (
                    select t22.in_force as "inForce", (
                      select row_to_json(r24.*) from (
                        select coalesce(to_json(t22.slug), '{"$error":0}'::json) as "slug"
                      ) r24
                    ) as "node"
                  ) r23
                ) as l0 from (
                  select q25.*, coalesce(q25.valid_from_earliest, q25.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x26.start_earliest, x26.start_latest, x26.start_precision, x26.end_earliest, x26.end_latest, x26.end_precision) as in_force, count(*) over () as dg_total_count from exclusive_term q25 join exclusivity_term_timing x26 on x26.term_id = q25.id where (q25.deal_id = t10.id) and (in_force(cast(? as date), x26.start_earliest, x26.start_latest, x26.start_precision, x26.end_earliest, x26.end_latest, x26.end_precision) <> 'FALSE') order by coalesce(q25.valid_from_earliest, q25.valid_from_latest, 'infinity'::date), q25.id limit ?
                ) t22
              ) n21
            ) a20
          ) z19
        ) as "termsMar1", (
          select row_to_json(z27.*) from (
            select coalesce(a28.dg_total_count, 0) as "totalCount" from (
              select count(*) as fetched, max(n29.dg_total_count) as dg_total_count, (array_agg(n29.cursor order by n29.ord) filter (where n29.ord <= ?)) as cursors from (
                select row_number() over (order by t30.sort_0, t30.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t30.sort_0::text)]::text[], t30.id) as cursor, t30.dg_total_count as dg_total_count from (
                  select q31.*, coalesce(q31.valid_from_earliest, q31.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x32.start_earliest, x32.start_latest, x32.start_precision, x32.end_earliest, x32.end_latest, x32.end_precision) as in_force, count(*) over () as dg_total_count from exclusive_term q31 join exclusivity_term_timing x32 on x32.term_id = q31.id where (q31.deal_id = t10.id) and (in_force(cast(? as date), x32.start_earliest, x32.start_latest, x32.start_precision, x32.end_earliest, x32.end_latest, x32.end_precision) <> 'FALSE') order by coalesce(q31.valid_from_earliest, q31.valid_from_latest, 'infinity'::date), q31.id limit ?
                ) t30
              ) n29
            ) a28
          ) z27
        ) as "termsFeb1"
      ) r1
    ) from deal t10 where t10.slug = ? limit 1
  )
)::text
-- values: [20,20,"DATE:ASC","2026-03-01","2026-03-01",21,20,20,"DATE:ASC","2026-02-01","2026-02-01",21,20,20,"VALID_FROM:ASC","2026-03-01","2026-03-01",21,20,"VALID_FROM:ASC","2026-02-01","2026-02-01",21,"amazon-openai-partnership"]
-- microsoft
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
                        select t5.slug as "slug"
                      ) r7
                    ) as "node"
                  ) r6
                ) as l0 from (
                  select q8.*, coalesce(q8.date_earliest, q8.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) as in_force, count(*) over () as dg_total_count from commitment q8 join commitment_timing x9 on x9.commitment_id = q8.id where (q8.deal_id = t10.id) and (in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) <> 'FALSE') order by coalesce(q8.date_earliest, q8.date_latest, 'infinity'::date), q8.id limit ?
                ) t5
              ) n4
            ) a3
          ) z2
        ) as "commitments2025", (
          select row_to_json(z11.*) from (
            select coalesce(a12.dg_total_count, 0) as "totalCount", ('[' || coalesce(a12.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, max(n13.dg_total_count) as dg_total_count, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors, string_agg(n13.l0::text, ',' order by n13.ord) filter (where n13.ord <= ?) as l0 from (
                select row_number() over (order by t14.sort_0, t14.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as cursor, t14.dg_total_count as dg_total_count, (
                  select row_to_json(r15.*) from (
                    select t14.in_force as "inForce", (
                      select row_to_json(r16.*) from (
                        select coalesce(to_json(t14.slug), '{"$error":0}'::json) as "slug"
                      ) r16
                    ) as "node"
                  ) r15
                ) as l0 from (
                  select q17.*, coalesce(q17.valid_from_earliest, q17.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x18.start_earliest, x18.start_latest, x18.start_precision, x18.end_earliest, x18.end_latest, x18.end_precision) as in_force, count(*) over () as dg_total_count from exclusive_term q17 join exclusivity_term_timing x18 on x18.term_id = q17.id where (q17.deal_id = t10.id) and (in_force(cast(? as date), x18.start_earliest, x18.start_latest, x18.start_precision, x18.end_earliest, x18.end_latest, x18.end_precision) <> 'FALSE') order by coalesce(q17.valid_from_earliest, q17.valid_from_latest, 'infinity'::date), q17.id limit ?
                ) t14
              ) n13
            ) a12
          ) z11
        ) as "termsApr28", (
          select row_to_json(z19.*) from (
            select coalesce(a20.dg_total_count, 0) as "totalCount", ('[' || coalesce(a20.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, max(n21.dg_total_count) as dg_total_count, (array_agg(n21.cursor order by n21.ord) filter (where n21.ord <= ?)) as cursors, string_agg(n21.l0::text, ',' order by n21.ord) filter (where n21.ord <= ?) as l0 from (
                select row_number() over (order by t22.sort_0, t22.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t22.sort_0::text)]::text[], t22.id) as cursor, t22.dg_total_count as dg_total_count, (
                  select row_to_json(r23.*) from (
                    select t22.in_force as "inForce", (
                      select row_to_json(r24.*) from (
                        select coalesce(to_json(t22.slug), '{"$error":1}'::json) as "slug"
                      ) r24
                    ) as "node"
                  ) r23
                ) as l0 from (
                  select q25.*, coalesce(q25.valid_from_earliest, q25.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x26.start_earliest, x26.start_latest, x26.start_precision, x26.end_earliest, x26.end_latest, x26.end_precision) as in_force, count(*) over () as dg_total_count from exclusive_term q25 join exclusivity_term_timing x26 on x26.term_id = q25.id where (q25.deal_id = t10.id) and (in_force(cast(? as date), x26.start_earliest, x26.start_latest, x26.start_precision, x26.end_earliest, x26.end_latest, x26.end_precision) <> 'FALSE') order by coalesce(q25.valid_from_earliest, q25.valid_from_latest, 'infinity'::date), q25.id limit ?
                ) t22
              ) n21
            ) a20
          ) z19
        ) as "termsMay1"
      ) r1
    ) from deal t10 where t10.slug = ? limit 1
  )
)::text
-- values: [20,20,"DATE:ASC","2025-06-01","2025-06-01",21,20,20,"VALID_FROM:ASC","2026-04-28","2026-04-28",21,20,20,"VALID_FROM:ASC","2026-05-01","2026-05-01",21,"microsoft-openai-partnership"]
