-- cnbc
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from source q2 where strpos(lower(q2.publisher), lower(?)) > 0
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select t5.slug as "slug"
            ) r6
          ) as l0 from (
            select q2.*, coalesce(q2.published_earliest, q2.published_latest, 'infinity'::date) as sort_0 from source q2 where strpos(lower(q2.publisher), lower(?)) > 0 order by coalesce(q2.published_earliest, q2.published_latest, 'infinity'::date), q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: ["cnbc",20,20,"PUBLISHED:ASC","cnbc",21]
-- all
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.publisher as "publisher"
            ) r5
          ) as l0 from (
            select q6.*, coalesce(q6.published_earliest, q6.published_latest, 'infinity'::date) as sort_0 from source q6 where true order by coalesce(q6.published_earliest, q6.published_latest, 'infinity'::date), q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"PUBLISHED:ASC",21]
