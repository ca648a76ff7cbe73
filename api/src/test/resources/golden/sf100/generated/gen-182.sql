-- organizations
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(array(select a6.value from organization_alias a6 where a6.organization_id = t4.id and a6.kind = 'TICKER' order by a6.value limit 100)), '{"$error":0}'::json) as "tickers", t4.description as "description", coalesce(to_json(array(select a7.value from organization_alias a7 where a7.organization_id = t4.id and a7.kind = 'ALIAS' order by a7.value limit 100)), '{"$error":1}'::json) as "aliases", t4.slug as "slug", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r8.*) from (
                    select coalesce(to_json(array(select a9.value from organization_alias a9 where a9.organization_id = c10.id and a9.kind = 'ALIAS' order by a9.value limit 100)), '{"$error":2}'::json) as "aliases", coalesce(to_json(dg_global_id('Organization', c10.slug)), '{"$error":3}'::json) as "id"
                  ) r8
                )::text, ',' order by c10.name, c10.id), '') || ']')::json from (
                  select c10.* from organization c10 where c10.parent_id = t4.id order by c10.name, c10.id limit ?
                ) c10 where true
              ) as "units", (
                select (
                  select row_to_json(r11.*) from (
                    select c12.slug as "slug", coalesce(to_json(array(select a13.value from organization_alias a13 where a13.organization_id = c12.id and a13.kind = 'ALIAS' order by a13.value limit 100)), '{"$error":4}'::json) as "aliases", c12.kind as "kind", (
                      select row_to_json(z14.*) from (
                        select (
                          select row_to_json(r15.*) from (
                            select a16.fetched > ? as "a0", a16.cursors[1] as "startCursor", a16.cursors[array_length(a16.cursors, 1)] as "endCursor"
                          ) r15
                        ) as "pageInfo" from (
                          select count(*) as fetched, (array_agg(n17.cursor order by n17.ord) filter (where n17.ord <= ?)) as cursors from (
                            select row_number() over (order by t18.sort_0, t18.sort_1, t18.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t18.sort_0::text), dg_cursor_value(t18.sort_1::text)]::text[], t18.id) as cursor from (
                              select q19.*, q19.source_id as sort_0, q19.start_offset as sort_1 from citation q19 where q19.organization_id = c12.id order by q19.source_id, q19.start_offset, q19.id limit ?
                            ) t18
                          ) n17
                        ) a16
                      ) z14
                    ) as "citations"
                  ) r11
                ) from organization c12 where c12.id = t4.parent_id limit 1
              ) as "parent"
            ) r5
          ) as l0 from (
            select q20.*, (lower(q20.name)) collate "C" as sort_0 from organization q20 where true order by (lower(q20.name)) collate "C", q20.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [2,2,"NAME:ASC",50,2,2,"SOURCE_POSITION:ASC",3,3]
