-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 join commitment_timing x3 on x3.commitment_id = q2.id where (q2.committer_id = (
          select s4.id from organization s4 where s4.slug = ?
        )) and (in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE')
      ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "edges", (
        select row_to_json(r6.*) from (
          select a5.fetched > ? as "hasNextPage"
        ) r6
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
          select row_number() over (order by t8.sort_0 desc, t8.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
            select row_to_json(r9.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as "cursor", t8.in_force as "inForce"
            ) r9
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, '-infinity'::date) as sort_0, in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) as in_force from commitment q2 join commitment_timing x3 on x3.commitment_id = q2.id where (q2.committer_id = (
              select s4.id from organization s4 where s4.slug = ?
            )) and (in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE') order by coalesce(q2.date_earliest, q2.date_latest, '-infinity'::date) desc, q2.id desc limit ?
          ) t8
        ) n7
      ) a5
    ) z1
  )
)::text
-- values: ["openai","2026-04-01",20,20,20,"DATE:DESC","DATE:DESC","2026-04-01","openai","2026-04-01",21]
