-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.name as "name", t2.slug as "slug", coalesce(to_json(dg_global_id('Organization', t2.slug)), '{"$error":0}'::json) as "id", t2.kind as "kind", (
          select row_to_json(z3.*) from (
            select (
              select count(*) from citation q4 where q4.organization_id = t2.id
            ) as "totalCount", (
              select row_to_json(r5.*) from (
                select exists (
                  select 1 from citation q4 where (q4.organization_id = t2.id) and (not (q4.source_id, q4.start_offset, q4.id) > (cast(? as bigint), cast(? as integer), ?))
                ) as "hasPreviousPage", a6.fetched > ? as "a1"
              ) r5
            ) as "pageInfo", ('[' || coalesce(a6.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
                select row_number() over (order by t8.sort_0, t8.sort_1, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text), dg_cursor_value(t8.sort_1::text)]::text[], t8.id) as cursor, (
                  select row_to_json(r9.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text), dg_cursor_value(t8.sort_1::text)]::text[], t8.id) as "cursor", (
                      select row_to_json(r10.*) from (
                        select t8.excerpt as "excerpt", t8.end_offset as "endOffset", t8.start_offset as "startOffset", t8.credited_outlet as "creditedOutlet"
                      ) r10
                    ) as "node"
                  ) r9
                ) as l0 from (
                  select q4.*, q4.source_id as sort_0, q4.start_offset as sort_1 from citation q4 where (q4.organization_id = t2.id) and ((q4.source_id, q4.start_offset, q4.id) > (cast(? as bigint), cast(? as integer), ?)) order by q4.source_id, q4.start_offset, q4.id limit ?
                ) t8
              ) n7
            ) a6
          ) z3
        ) as "citations"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["10000091","1314",1937,3,3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC","10000091","1314",1937,4,"zenith-analytics-449"]
