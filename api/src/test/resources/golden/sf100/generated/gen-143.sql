-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.kind as "kind", coalesce(to_json(dg_global_id('Organization', t2.slug)), '{"$error":0}'::json) as "id", coalesce(to_json(array(select a3.value from organization_alias a3 where a3.organization_id = t2.id and a3.kind = 'TICKER' order by a3.value limit 100)), '{"$error":1}'::json) as "tickers", (
          select row_to_json(z4.*) from (
            select (
              select count(*) from person q5 where q5.organization_id = t2.id
            ) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "edges", (
              select row_to_json(r7.*) from (
                select a6.fetched > ? as "hasNextPage", a6.cursors[1] as "startCursor", a6.cursors[array_length(a6.cursors, 1)] as "endCursor", false as "hasPreviousPage"
              ) r7
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
                select row_number() over (order by t9.sort_0, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor, (
                  select row_to_json(r10.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as "cursor"
                  ) r10
                ) as l0 from (
                  select q5.*, (lower(q5.name)) collate "C" as sort_0 from person q5 where q5.organization_id = t2.id order by (lower(q5.name)) collate "C", q5.id limit ?
                ) t9
              ) n8
            ) a6
          ) z4
        ) as "people"
      ) r1
    ) from organization t2 where lower(t2.name) = lower(?) or exists (select 1 from organization_alias a11 where a11.organization_id = t2.id and lower(a11.value) = lower(?)) order by t2.id limit 1
  )
)::text
-- values: [1,1,1,"NAME:ASC","NAME:ASC",2,"Apex Robotics 141","Apex Robotics 141"]
