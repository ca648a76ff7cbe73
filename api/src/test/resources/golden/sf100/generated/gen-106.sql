-- r1
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges", (
        select row_to_json(r3.*) from (
          select a2.fetched > ? as "hasNextPage"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0 desc, t5.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select t5.in_force as "inForce", dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor"
            ) r6
          ) as l0 from (
            select q7.*, coalesce(q7.valid_from_earliest, q7.valid_from_latest, '-infinity'::date) as sort_0, in_force(cast(? as date), x8.start_earliest, x8.start_latest, x8.start_precision, x8.end_earliest, x8.end_latest, x8.end_precision) as in_force from exclusive_term q7 join exclusivity_term_timing x8 on x8.term_id = q7.id where in_force(cast(? as date), x8.start_earliest, x8.start_latest, x8.start_precision, x8.end_earliest, x8.end_latest, x8.end_precision) <> 'FALSE' order by coalesce(q7.valid_from_earliest, q7.valid_from_latest, '-infinity'::date) desc, q7.id desc limit ?
          ) t5
        ) n4
      ) a2
    ) z1
  )
)::text
-- values: [20,20,20,"VALID_FROM:DESC","VALID_FROM:DESC","2023-06-22","2023-06-22",21]
