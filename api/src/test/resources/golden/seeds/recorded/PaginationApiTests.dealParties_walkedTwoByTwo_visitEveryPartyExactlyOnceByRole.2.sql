-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select (
              select count(*) from deal_party q3 where q3.deal_id = t4.id
            ) as "totalCount", (
              select row_to_json(r5.*) from (
                select a6.fetched > ? as "hasNextPage", exists (
                  select 1 from deal_party q3 where (q3.deal_id = t4.id) and (not ((q3.role) collate "C", q3.id) > (cast(? as text) collate "C", ?))
                ) as "hasPreviousPage", a6.cursors[1] as "startCursor", a6.cursors[array_length(a6.cursors, 1)] as "endCursor"
              ) r5
            ) as "pageInfo", ('[' || coalesce(a6.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
                select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
                  select row_to_json(r9.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as "cursor", (
                      select row_to_json(r10.*) from (
                        select t8.role as "role"
                      ) r10
                    ) as "node"
                  ) r9
                ) as l0 from (
                  select q3.*, (q3.role) collate "C" as sort_0 from deal_party q3 where (q3.deal_id = t4.id) and (((q3.role) collate "C", q3.id) > (cast(? as text) collate "C", ?)) order by (q3.role) collate "C", q3.id limit ?
                ) t8
              ) n7
            ) a6
          ) z2
        ) as "parties"
      ) r1
    ) from deal t4 where t4.slug = ? limit 1
  )
)::text
-- values: [2,"CUSTOMER",15,2,2,"ROLE:ASC","ROLE:ASC","CUSTOMER",15,3,"microsoft-openai-partnership"]
