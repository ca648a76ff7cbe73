-- r1
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from source q2 where q2.published_precision is not null and coalesce(q2.published_earliest, '-infinity'::date) <= cast(? as date)
      ) as "totalCount", (
        select row_to_json(r3.*) from (
          select a4.cursors[array_length(a4.cursors, 1)] as "endCursor"
        ) r3
      ) as "pageInfo", ('[' || coalesce(a4.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as "cursor"
            ) r7
          ) as l0 from (
            select q2.*, coalesce(q2.published_earliest, q2.published_latest, 'infinity'::date) as sort_0 from source q2 where q2.published_precision is not null and coalesce(q2.published_earliest, '-infinity'::date) <= cast(? as date) order by coalesce(q2.published_earliest, q2.published_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: ["2019-07-22",6,6,"PUBLISHED:ASC","PUBLISHED:ASC","2019-07-22",7]
-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.summary as "summary", t2.kind as "kind"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["aurora-data-178-nimbus-data-883-restructuring-5392"]
