-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.name as "name", coalesce(to_json(dg_global_id('Organization', t2.slug)), '{"$error":0}'::json) as "id", t2.kind as "kind", coalesce(to_json(array(select a3.value from organization_alias a3 where a3.organization_id = t2.id and a3.kind = 'TICKER' order by a3.value limit 100)), '{"$error":1}'::json) as "tickers", (
          select row_to_json(z4.*) from (
            select (
              select count(*) from person q5 where q5.organization_id = t2.id
            ) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
                select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
                  select row_to_json(r9.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as "cursor"
                  ) r9
                ) as l0 from (
                  select q5.*, (lower(q5.name)) collate "C" as sort_0 from person q5 where q5.organization_id = t2.id order by (lower(q5.name)) collate "C", q5.id limit ?
                ) t8
              ) n7
            ) a6
          ) z4
        ) as "people", (
          select row_to_json(z10.*) from (
            select (
              select row_to_json(r11.*) from (
                select false as "hasPreviousPage", a12.cursors[1] as "startCursor"
              ) r11
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors from (
                select row_number() over (order by t14.sort_0, t14.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as cursor from (
                  select q15.*, coalesce(q15.announced_earliest, q15.announced_latest, 'infinity'::date) as sort_0 from deal q15 where (exists (select 1 from deal_party p16 where p16.deal_id = q15.id and p16.organization_id = t2.id)) and (exists (select 1 from deal_party p17 where p17.deal_id = q15.id and p17.organization_id = t2.id and p17.role = ?)) order by coalesce(q15.announced_earliest, q15.announced_latest, 'infinity'::date), q15.id limit ?
                ) t14
              ) n13
            ) a12
          ) z10
        ) as "deals"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: [1,1,"NAME:ASC","NAME:ASC",2,2,"ANNOUNCED:ASC","CLOUD_PROVIDER",3,"softbank"]
