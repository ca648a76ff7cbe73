-- r1
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[1] as "startCursor", a3.fetched > ? as "hasNextPage", false as "hasPreviousPage"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select t5.kind as "kind", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r7.*) from (
                    select c8.name as "name", coalesce(to_json(array(select a9.value from organization_alias a9 where a9.organization_id = c8.id and a9.kind = 'ALIAS' order by a9.value limit 100)), '{"$error":0}'::json) as "aliases", c8.slug as "slug", (
                      select row_to_json(z10.*) from (
                        select (
                          select count(*) from exclusive_term q11 where q11.grantor_id = c8.id
                        ) as "totalCount", ('[' || coalesce(a12.l0, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors, string_agg(n13.l0::text, ',' order by n13.ord) filter (where n13.ord <= ?) as l0 from (
                            select row_number() over (order by t14.sort_0, t14.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as cursor, (
                              select row_to_json(r15.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as "cursor", null::text as "inForce"
                              ) r15
                            ) as l0 from (
                              select q11.*, coalesce(q11.valid_from_earliest, q11.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q11 where q11.grantor_id = c8.id order by coalesce(q11.valid_from_earliest, q11.valid_from_latest, 'infinity'::date), q11.id limit ?
                            ) t14
                          ) n13
                        ) a12
                      ) z10
                    ) as "exclusivityGranted"
                  ) r7
                )::text, ',' order by c8.name, c8.id), '') || ']')::json from (
                  select c8.* from organization c8 where exists (select 1 from event_organization eo16 where eo16.event_id = t5.id and eo16.organization_id = c8.id) order by c8.name, c8.id limit ?
                ) c8 where true
              ) as "organizations"
            ) r6
          ) as l0 from (
            select q17.*, coalesce(q17.date_earliest, q17.date_latest, 'infinity'::date) as sort_0 from event q17 where true order by coalesce(q17.date_earliest, q17.date_latest, 'infinity'::date), q17.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [8,8,8,"DATE:ASC",2,2,"VALID_FROM:ASC","VALID_FROM:ASC",3,20,9]
