-- organizationByName
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.name as "name", t2.kind as "a1", coalesce(to_json(array(select a3.value from organization_alias a3 where a3.organization_id = t2.id and a3.kind = 'TICKER' order by a3.value limit 100)), '{"$error":0}'::json) as "tickers", (
          select row_to_json(z4.*) from (
            select (
              select count(*) from person q5 where q5.organization_id = t2.id
            ) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
                select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
                  select row_to_json(r9.*) from (
                    select coalesce(to_json(dg_global_id('Person', t8.slug)), '{"$error":1}'::json) as "a0"
                  ) r9
                ) as l0 from (
                  select q5.*, (lower(q5.name)) collate "C" as sort_0 from person q5 where q5.organization_id = t2.id order by (lower(q5.name)) collate "C", q5.id limit ?
                ) t8
              ) n7
            ) a6
          ) z4
        ) as "people"
      ) r1
    ) from organization t2 where lower(t2.name) = lower(?) or exists (select 1 from organization_alias a10 where a10.organization_id = t2.id and lower(a10.value) = lower(?)) order by t2.id limit 1
  )
)::text
-- values: [3,3,"NAME:ASC",4,"Atlas Capital 622","Atlas Capital 622"]
