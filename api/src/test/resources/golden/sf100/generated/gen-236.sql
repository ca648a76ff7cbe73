-- r1
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes", ('[' || coalesce(a2.l1, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0, string_agg(n3.l1::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l1 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.author_note as "authorNote", to_char(t4.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "publishedAt", to_char(t4.published_local_time, 'HH24:MI:SS') as "publishedLocalTime"
            ) r5
          ) as l0, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor"
            ) r6
          ) as l1 from (
            select q7.*, coalesce(q7.published_earliest, q7.published_latest, 'infinity'::date) as sort_0 from source q7 where true order by coalesce(q7.published_earliest, q7.published_latest, 'infinity'::date), q7.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [8,8,8,"PUBLISHED:ASC","PUBLISHED:ASC",9]
-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.publisher as "a0", (case when t2.published_precision is null then null else (
          select row_to_json(r3.*) from (
            select t2.published_earliest as "earliest", coalesce(to_json(t2.published_text), '{"$error":0}'::json) as "text"
          ) r3
        ) end) as "published"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["generated-article-38"]
