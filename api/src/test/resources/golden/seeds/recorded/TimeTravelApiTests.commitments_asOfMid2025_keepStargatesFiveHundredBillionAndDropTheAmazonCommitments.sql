-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 join commitment_timing x3 on x3.commitment_id = q2.id where in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE'
      ) as "totalCount", ('[' || coalesce(a4.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select t6.in_force as "inForce", (
                select row_to_json(r8.*) from (
                  select t6.slug as "slug", coalesce(to_json((
                    select (
                      select row_to_json(r9.*) from (
                        select c10.slug as "slug"
                      ) r9
                    ) from organization c10 where c10.id = t6.committer_id limit 1
                  )), '{"$error":0}'::json) as "committer", (case when t6.amount is null then null else (
                    select row_to_json(r11.*) from (
                      select coalesce(to_json(trim_scale(t6.amount)::text), '{"$error":1}'::json) as "amount", coalesce(to_json(t6.unit), '{"$error":2}'::json) as "unit"
                    ) r11
                  ) end) as "quantity"
                ) r8
              ) as "node"
            ) r7
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) as in_force from commitment q2 join commitment_timing x3 on x3.commitment_id = q2.id where in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE' order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: ["2025-06-01",20,20,"DATE:ASC","2025-06-01","2025-06-01",21]
