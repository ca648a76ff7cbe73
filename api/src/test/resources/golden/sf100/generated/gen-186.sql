-- sources
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from source q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "edges", ('[' || coalesce(a3.l1, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0, string_agg(n4.l1::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l1 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "a0"
            ) r6
          ) as l0, (
            select row_to_json(r7.*) from (
              select t5.title as "title", (case when t5.published_precision is null then null else (
                select row_to_json(r8.*) from (
                  select t5.published_earliest as "a0"
                ) r8
              ) end) as "published"
            ) r7
          ) as l1 from (
            select q2.*, coalesce(q2.published_earliest, q2.published_latest, 'infinity'::date) as sort_0 from source q2 where (true) and ((coalesce(q2.published_earliest, q2.published_latest, 'infinity'::date), q2.id) > (cast(? as date), ?)) order by coalesce(q2.published_earliest, q2.published_latest, 'infinity'::date), q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [20,20,20,"PUBLISHED:ASC","PUBLISHED:ASC","2015-06-16",10000075,21]
