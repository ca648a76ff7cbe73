-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 join commitment_timing x3 on x3.commitment_id = q2.id where (q2.committer_id = (
          select s4.id from organization s4 where s4.slug = ?
        )) and (in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE')
      ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
          select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
            select row_to_json(r8.*) from (
              select t7.in_force as "inForce", (
                select row_to_json(r9.*) from (
                  select t7.slug as "slug"
                ) r9
              ) as "node"
            ) r8
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) as in_force from commitment q2 join commitment_timing x3 on x3.commitment_id = q2.id where (q2.committer_id = (
              select s4.id from organization s4 where s4.slug = ?
            )) and (in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE') order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t7
        ) n6
      ) a5
    ) z1
  )
)::text
-- values: ["amazon","2026-02-28",20,20,"DATE:ASC","2026-02-28","amazon","2026-02-28",21]
-- before
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 join commitment_timing x3 on x3.commitment_id = q2.id where (q2.committer_id = (
          select s4.id from organization s4 where s4.slug = ?
        )) and (in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE')
      ) as "totalCount" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) as in_force from commitment q2 join commitment_timing x3 on x3.commitment_id = q2.id where (q2.committer_id = (
              select s4.id from organization s4 where s4.slug = ?
            )) and (in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE') order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a7
    ) z1
  )
)::text
-- values: ["amazon","2025-12-31",20,"DATE:ASC","2025-12-31","amazon","2025-12-31",21]
