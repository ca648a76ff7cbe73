-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.kind as "kind", t2.description as "a1", t2.slug as "slug", t2.name as "name", (
          select row_to_json(z3.*) from (
            select coalesce(a4.dg_total_count, 0) as "totalCount", ('[' || coalesce(a4.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, max(n5.dg_total_count) as dg_total_count, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
                select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, t6.dg_total_count as dg_total_count, (
                  select row_to_json(r7.*) from (
                    select t6.resource as "resource", t6.horizon as "horizon"
                  ) r7
                ) as l0 from (
                  select q8.*, coalesce(q8.date_earliest, q8.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) as in_force, count(*) over () as dg_total_count from commitment q8 join commitment_timing x9 on x9.commitment_id = q8.id where (q8.committer_id = t2.id) and (in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) <> 'FALSE') order by coalesce(q8.date_earliest, q8.date_latest, 'infinity'::date), q8.id limit ?
                ) t6
              ) n5
            ) a4
          ) z3
        ) as "commitmentsMade", (
          select row_to_json(z10.*) from (
            select (
              select count(*) from commitment q11 join commitment_timing x12 on x12.commitment_id = q11.id where (q11.recipient_id = t2.id) and (in_force(cast(? as date), x12.start_earliest, x12.start_latest, x12.start_precision, x12.end_earliest, x12.end_latest, x12.end_precision) <> 'FALSE')
            ) as "totalCount" from (
              select count(*) as fetched, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors from (
                select row_number() over (order by t14.sort_0, t14.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as cursor from (
                  select q11.*, coalesce(q11.date_earliest, q11.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x12.start_earliest, x12.start_latest, x12.start_precision, x12.end_earliest, x12.end_latest, x12.end_precision) as in_force from commitment q11 join commitment_timing x12 on x12.commitment_id = q11.id where (q11.recipient_id = t2.id) and (in_force(cast(? as date), x12.start_earliest, x12.start_latest, x12.start_precision, x12.end_earliest, x12.end_latest, x12.end_precision) <> 'FALSE') and ((coalesce(q11.date_earliest, q11.date_latest, 'infinity'::date), q11.id) > (cast(? as date), ?)) order by coalesce(q11.date_earliest, q11.date_latest, 'infinity'::date), q11.id limit ?
                ) t14
              ) n13
            ) a15
          ) z10
        ) as "commitmentsReceived"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: [3,3,"DATE:ASC","2025-11-03","2025-11-03",4,"2023-01-23",2,"DATE:ASC","2023-01-23","2023-01-23","infinity",6,3,"alphabet"]
