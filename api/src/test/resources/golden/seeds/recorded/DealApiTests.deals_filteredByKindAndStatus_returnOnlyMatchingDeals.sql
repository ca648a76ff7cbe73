-- jointDevelopment
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.slug as "slug", t4.kind as "kind"
            ) r5
          ) as l0 from (
            select q6.*, coalesce(q6.announced_earliest, q6.announced_latest, 'infinity'::date) as sort_0 from deal q6 where q6.kind = ? order by coalesce(q6.announced_earliest, q6.announced_latest, 'infinity'::date), q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"ANNOUNCED:ASC","JOINT_DEVELOPMENT",21]
-- announced
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.slug as "slug"
            ) r5
          ) as l0 from (
            select q6.*, coalesce(q6.announced_earliest, q6.announced_latest, 'infinity'::date) as sort_0 from deal q6 where q6.status = ? order by coalesce(q6.announced_earliest, q6.announced_latest, 'infinity'::date), q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"ANNOUNCED:ASC","ANNOUNCED",21]
-- planned
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.slug as "slug", t4.status as "status"
            ) r5
          ) as l0 from (
            select q6.*, coalesce(q6.announced_earliest, q6.announced_latest, 'infinity'::date) as sort_0 from deal q6 where (q6.kind = ?) and (q6.status = ?) order by coalesce(q6.announced_earliest, q6.announced_latest, 'infinity'::date), q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"ANNOUNCED:ASC","JOINT_DEVELOPMENT","PLANNED",21]
-- licensing
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from deal q2 where q2.kind = ?
      ) as "totalCount" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor from (
            select q2.*, coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date) as sort_0 from deal q2 where q2.kind = ? order by coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id limit ?
          ) t4
        ) n3
      ) a5
    ) z1
  )
)::text
-- values: ["LICENSING",20,"ANNOUNCED:ASC","LICENSING",21]
