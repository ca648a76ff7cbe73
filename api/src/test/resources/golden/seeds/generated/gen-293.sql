-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", (
          select (
            select row_to_json(r3.*) from (
              select c4.description as "description", coalesce(to_json(array(select a5.value from organization_alias a5 where a5.organization_id = c4.id and a5.kind = 'ALIAS' order by a5.value limit 100)), '{"$error":0}'::json) as "aliases"
            ) r3
          ) from organization c4 where c4.id = t2.parent_id limit 1
        ) as "parent"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["microsoft"]
-- sources
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[array_length(a3.cursors, 1)] as "endCursor", a3.fetched > ? as "hasNextPage", a3.cursors[1] as "startCursor", exists (
            select 1 from source q4 where (true) and (not (coalesce(q4.published_earliest, q4.published_latest, 'infinity'::date), q4.id) > (cast(? as date), ?))
          ) as "hasPreviousPage"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as "cursor"
            ) r7
          ) as l0 from (
            select q4.*, coalesce(q4.published_earliest, q4.published_latest, 'infinity'::date) as sort_0 from source q4 where (true) and ((coalesce(q4.published_earliest, q4.published_latest, 'infinity'::date), q4.id) > (cast(? as date), ?)) order by coalesce(q4.published_earliest, q4.published_latest, 'infinity'::date), q4.id limit ?
          ) t6
        ) n5
      ) a3
    ) z1
  )
)::text
-- values: [3,"2026-04-13",1,3,3,"PUBLISHED:ASC","PUBLISHED:ASC","2026-04-13",1,4]
