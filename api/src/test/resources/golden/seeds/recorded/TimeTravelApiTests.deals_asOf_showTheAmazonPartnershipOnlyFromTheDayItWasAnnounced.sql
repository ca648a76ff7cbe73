-- feb1
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from deal q2 join deal_timing x3 on x3.deal_id = q2.id where in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE'
      ) as "totalCount", ('[' || coalesce(a4.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select t6.in_force as "inForce", (
                select row_to_json(r8.*) from (
                  select t6.slug as "slug"
                ) r8
              ) as "node"
            ) r7
          ) as l0 from (
            select q2.*, coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) as in_force from deal q2 join deal_timing x3 on x3.deal_id = q2.id where in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE' order by coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: ["2026-02-01",20,20,"ANNOUNCED:ASC","2026-02-01","2026-02-01",21]
-- mar1
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from deal q2 join deal_timing x3 on x3.deal_id = q2.id where in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE'
      ) as "totalCount", ('[' || coalesce(a4.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select t6.in_force as "inForce", (
                select row_to_json(r8.*) from (
                  select t6.slug as "slug"
                ) r8
              ) as "node"
            ) r7
          ) as l0 from (
            select q2.*, coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) as in_force from deal q2 join deal_timing x3 on x3.deal_id = q2.id where in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE' order by coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: ["2026-03-01",20,20,"ANNOUNCED:ASC","2026-03-01","2026-03-01",21]
-- partnership
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(coalesce((
          select in_force(cast(? as date), x2.start_earliest, x2.start_latest, x2.start_precision, x2.end_earliest, x2.end_latest, x2.end_precision) from deal_timing x2 where x2.deal_id = t3.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "feb1", coalesce(to_json(coalesce((
          select in_force(cast(? as date), x4.start_earliest, x4.start_latest, x4.start_precision, x4.end_earliest, x4.end_latest, x4.end_precision) from deal_timing x4 where x4.deal_id = t3.id
        ), 'UNKNOWN')), '{"$error":1}'::json) as "feb27", coalesce(to_json(coalesce((
          select in_force(cast(? as date), x5.start_earliest, x5.start_latest, x5.start_precision, x5.end_earliest, x5.end_latest, x5.end_precision) from deal_timing x5 where x5.deal_id = t3.id
        ), 'UNKNOWN')), '{"$error":2}'::json) as "mar1"
      ) r1
    ) from deal t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2026-02-01","2026-02-27","2026-03-01","amazon-openai-partnership"]
