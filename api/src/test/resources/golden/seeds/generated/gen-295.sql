-- r1
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.fetched > ? as "hasNextPage", a3.cursors[1] as "startCursor"
        ) r2
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor from (
            select q6.*, (lower(q6.name)) collate "C" as sort_0 from organization q6 where (true) and (((lower(q6.name)) collate "C", q6.id) > (cast(? as text) collate "C", ?)) order by (lower(q6.name)) collate "C", q6.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [8,8,"NAME:ASC","softbank",6,9]
-- r2
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from organization q2 where q2.kind = ?
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes", ('[' || coalesce(a3.l1, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0, string_agg(n4.l1::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l1 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select t5.slug as "slug", (
                select row_to_json(z7.*) from (
                  select (
                    select count(*) from person q8 where q8.organization_id = t5.id
                  ) as "totalCount", ('[' || coalesce(a9.l0, '') || ']')::json as "edges" from (
                    select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors, string_agg(n10.l0::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l0 from (
                      select row_number() over (order by t11.sort_0, t11.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text)]::text[], t11.id) as cursor, (
                        select row_to_json(r12.*) from (
                          select dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text)]::text[], t11.id) as "cursor"
                        ) r12
                      ) as l0 from (
                        select q8.*, (lower(q8.name)) collate "C" as sort_0 from person q8 where q8.organization_id = t5.id order by (lower(q8.name)) collate "C", q8.id limit ?
                      ) t11
                    ) n10
                  ) a9
                ) z7
              ) as "people"
            ) r6
          ) as l0, (
            select row_to_json(r13.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor", (
                select row_to_json(r14.*) from (
                  select coalesce(to_json(dg_global_id('Organization', t5.slug)), '{"$error":0}'::json) as "id", t5.slug as "slug", t5.name as "name"
                ) r14
              ) as "node"
            ) r13
          ) as l1 from (
            select q2.*, (lower(q2.name)) collate "C" as sort_0 from organization q2 where q2.kind = ? order by (lower(q2.name)) collate "C", q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: ["COMPANY",8,8,8,"NAME:ASC",3,3,"NAME:ASC","NAME:ASC",4,"NAME:ASC","COMPANY",9]
