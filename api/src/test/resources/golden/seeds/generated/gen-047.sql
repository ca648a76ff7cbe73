-- people
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes", (
        select row_to_json(r3.*) from (
          select exists (
            select 1 from person q4 where (true) and (not ((lower(q4.name)) collate "C", q4.id) > (cast(? as text) collate "C", ?))
          ) as "hasPreviousPage", a2.cursors[array_length(a2.cursors, 1)] as "endCursor", a2.cursors[1] as "startCursor", a2.fetched > ? as "hasNextPage"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select coalesce(to_json(dg_global_id('Person', t6.slug)), '{"$error":0}'::json) as "id"
            ) r7
          ) as l0 from (
            select q4.*, (lower(q4.name)) collate "C" as sort_0 from person q4 where (true) and (((lower(q4.name)) collate "C", q4.id) > (cast(? as text) collate "C", ?)) order by (lower(q4.name)) collate "C", q4.id limit ?
          ) t6
        ) n5
      ) a2
    ) z1
  )
)::text
-- values: ["denise dresser",1,6,6,6,"NAME:ASC","denise dresser",1,7]
