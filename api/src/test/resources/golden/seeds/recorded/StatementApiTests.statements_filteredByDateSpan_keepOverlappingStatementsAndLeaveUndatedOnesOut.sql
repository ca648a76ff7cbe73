-- fromLateApril
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0 desc, t4.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.slug as "slug"
            ) r5
          ) as l0 from (
            select q6.*, coalesce(q6.date_latest, q6.date_earliest, '-infinity'::date) as sort_0 from statement q6 where q6.date_precision is not null and coalesce(q6.date_latest, 'infinity'::date) >= cast(? as date) order by coalesce(q6.date_latest, q6.date_earliest, '-infinity'::date) desc, q6.id desc limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"DATE:DESC","2026-04-20",21]
-- toMidApril
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from statement q2 where q2.date_precision is not null and coalesce(q2.date_earliest, '-infinity'::date) <= cast(? as date)
      ) as "totalCount" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors from (
          select row_number() over (order by t4.sort_0 desc, t4.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor from (
            select q2.*, coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) as sort_0 from statement q2 where q2.date_precision is not null and coalesce(q2.date_earliest, '-infinity'::date) <= cast(? as date) order by coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) desc, q2.id desc limit ?
          ) t4
        ) n3
      ) a5
    ) z1
  )
)::text
-- values: ["2026-04-20",20,"DATE:DESC","2026-04-20",21]
-- aroundTheMemo
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from statement q2 where (q2.date_precision is not null and coalesce(q2.date_latest, 'infinity'::date) >= cast(? as date)) and (q2.date_precision is not null and coalesce(q2.date_earliest, '-infinity'::date) <= cast(? as date))
      ) as "totalCount" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors from (
          select row_number() over (order by t4.sort_0 desc, t4.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor from (
            select q2.*, coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) as sort_0 from statement q2 where (q2.date_precision is not null and coalesce(q2.date_latest, 'infinity'::date) >= cast(? as date)) and (q2.date_precision is not null and coalesce(q2.date_earliest, '-infinity'::date) <= cast(? as date)) order by coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) desc, q2.id desc limit ?
          ) t4
        ) n3
      ) a5
    ) z1
  )
)::text
-- values: ["2026-04-13","2026-04-13",20,"DATE:DESC","2026-04-13","2026-04-13",21]
-- before2026
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from statement q2 where q2.date_precision is not null and coalesce(q2.date_earliest, '-infinity'::date) <= cast(? as date)
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0 desc, t5.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select t5.slug as "slug"
            ) r6
          ) as l0 from (
            select q2.*, coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) as sort_0 from statement q2 where q2.date_precision is not null and coalesce(q2.date_earliest, '-infinity'::date) <= cast(? as date) order by coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) desc, q2.id desc limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: ["2025-12-31",20,20,"DATE:DESC","2025-12-31",21]
