-- organizations
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.slug as "slug", t4.description as "description", coalesce(to_json(array(select a6.value from organization_alias a6 where a6.organization_id = t4.id and a6.kind = 'TICKER' order by a6.value limit 100)), '{"$error":0}'::json) as "tickers", t4.name as "name"
            ) r5
          ) as l0 from (
            select q7.*, (lower(q7.name)) collate "C" as sort_0 from organization q7 where true order by (lower(q7.name)) collate "C", q7.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [3,3,"NAME:ASC",4]
-- people
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from person q2 where q2.organization_id = (
          select s3.id from organization s3 where s3.slug = ?
        )
      ) as "totalCount", (
        select row_to_json(r4.*) from (
          select a5.fetched > ? as "a0", a5.cursors[array_length(a5.cursors, 1)] as "endCursor", false as "hasPreviousPage"
        ) r4
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors from (
          select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor from (
            select q2.*, (lower(q2.name)) collate "C" as sort_0 from person q2 where q2.organization_id = (
              select s3.id from organization s3 where s3.slug = ?
            ) order by (lower(q2.name)) collate "C", q2.id limit ?
          ) t7
        ) n6
      ) a5
    ) z1
  )
)::text
-- values: ["apex-cloud-301",1,1,"NAME:ASC","apex-cloud-301",2]
