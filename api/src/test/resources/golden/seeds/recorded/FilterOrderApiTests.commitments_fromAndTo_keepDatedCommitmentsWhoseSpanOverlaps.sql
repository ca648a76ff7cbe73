-- fromMarch2026
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where q2.date_precision is not null and coalesce(q2.date_latest, 'infinity'::date) >= cast(? as date)
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select t5.slug as "slug"
            ) r6
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from commitment q2 where q2.date_precision is not null and coalesce(q2.date_latest, 'infinity'::date) >= cast(? as date) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: ["2026-03-01",20,20,"DATE:ASC","2026-03-01",21]
-- toMid2025
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where q2.date_precision is not null and coalesce(q2.date_earliest, '-infinity'::date) <= cast(? as date)
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select t5.slug as "slug"
            ) r6
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from commitment q2 where q2.date_precision is not null and coalesce(q2.date_earliest, '-infinity'::date) <= cast(? as date) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: ["2025-06-30",20,20,"DATE:ASC","2025-06-30",21]
-- late2025
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where (q2.date_precision is not null and coalesce(q2.date_latest, 'infinity'::date) >= cast(? as date)) and (q2.date_precision is not null and coalesce(q2.date_earliest, '-infinity'::date) <= cast(? as date))
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select t5.slug as "slug"
            ) r6
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from commitment q2 where (q2.date_precision is not null and coalesce(q2.date_latest, 'infinity'::date) >= cast(? as date)) and (q2.date_precision is not null and coalesce(q2.date_earliest, '-infinity'::date) <= cast(? as date)) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: ["2025-07-01","2025-12-31",20,20,"DATE:ASC","2025-07-01","2025-12-31",21]
-- feb27
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where (q2.date_precision is not null and coalesce(q2.date_latest, 'infinity'::date) >= cast(? as date)) and (q2.date_precision is not null and coalesce(q2.date_earliest, '-infinity'::date) <= cast(? as date))
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select t5.slug as "slug"
            ) r6
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from commitment q2 where (q2.date_precision is not null and coalesce(q2.date_latest, 'infinity'::date) >= cast(? as date)) and (q2.date_precision is not null and coalesce(q2.date_earliest, '-infinity'::date) <= cast(? as date)) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: ["2026-02-27","2026-02-27",20,20,"DATE:ASC","2026-02-27","2026-02-27",21]
