-- exclusivityTerms
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", t4.in_force as "inForce"
            ) r5
          ) as l0 from (
            select q6.*, coalesce(q6.valid_from_earliest, q6.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) as in_force from exclusive_term q6 join exclusivity_term_timing x7 on x7.term_id = q6.id where (in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) <> 'FALSE') and ((coalesce(q6.valid_from_earliest, q6.valid_from_latest, 'infinity'::date), q6.id) > (cast(? as date), ?)) order by coalesce(q6.valid_from_earliest, q6.valid_from_latest, 'infinity'::date), q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [2,2,"VALID_FROM:ASC","VALID_FROM:ASC","2025-10-26","2025-10-26","2015-04-01",10000506,3]
