-- feb1
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
                  select coalesce(to_json(t6.slug), '{"$error":0}'::json) as "slug"
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
-- values: ["2026-02-01",20,20,"VALID_FROM:ASC","2026-02-01","2026-02-01",21]
-- mar1
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
                  select coalesce(to_json(t6.slug), '{"$error":0}'::json) as "slug"
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
-- values: ["2026-03-01",20,20,"VALID_FROM:ASC","2026-03-01","2026-03-01",21]
-- may1
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
                  select coalesce(to_json(t6.slug), '{"$error":0}'::json) as "slug"
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
-- values: ["2026-05-01",20,20,"VALID_FROM:ASC","2026-05-01","2026-05-01",21]
