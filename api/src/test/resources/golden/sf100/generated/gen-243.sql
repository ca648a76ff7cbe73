-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":0}'::json) as "competingClaimsSkipped" from commitment q2 where true group by ()
    ) r1
  )
)::text
-- values: []
-- people
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from person q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "a0", (
                select row_to_json(r7.*) from (
                  select t5.role as "role", t5.name as "name", (
                    select (
                      select row_to_json(r8.*) from (
                        select c9.name as "name", coalesce(to_json(array(select a10.value from organization_alias a10 where a10.organization_id = c9.id and a10.kind = 'TICKER' order by a10.value limit 100)), '{"$error":0}'::json) as "tickers", (
                          select ('[' || coalesce(string_agg((
                            select row_to_json(r11.*) from (
                              select c12.name as "name", c12.kind as "kind"
                            ) r11
                          )::text, ',' order by c12.name, c12.id), '') || ']')::json from (
                            select c12.* from organization c12 where c12.parent_id = c9.id order by c12.name, c12.id limit ?
                          ) c12 where true
                        ) as "units", (
                          select row_to_json(z13.*) from (
                            select (
                              select count(*) from deal q14 where exists (select 1 from deal_party p15 where p15.deal_id = q14.id and p15.organization_id = c9.id)
                            ) as "totalCount", (
                              select row_to_json(r16.*) from (
                                select a17.cursors[1] as "a0", a17.fetched > ? as "hasNextPage", a17.cursors[array_length(a17.cursors, 1)] as "a2"
                              ) r16
                            ) as "pageInfo", ('[' || coalesce(a17.l0, '') || ']')::json as "edges" from (
                              select count(*) as fetched, (array_agg(n18.cursor order by n18.ord) filter (where n18.ord <= ?)) as cursors, string_agg(n18.l0::text, ',' order by n18.ord) filter (where n18.ord <= ?) as l0 from (
                                select row_number() over (order by t19.sort_0, t19.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t19.sort_0::text)]::text[], t19.id) as cursor, (
                                  select row_to_json(r20.*) from (
                                    select dg_cursor(cast(? as text), array[dg_cursor_value(t19.sort_0::text)]::text[], t19.id) as "cursor", null::text as "inForce"
                                  ) r20
                                ) as l0 from (
                                  select q14.*, coalesce(q14.announced_earliest, q14.announced_latest, 'infinity'::date) as sort_0 from deal q14 where (exists (select 1 from deal_party p15 where p15.deal_id = q14.id and p15.organization_id = c9.id)) and ((coalesce(q14.announced_earliest, q14.announced_latest, 'infinity'::date), q14.id) > (cast(? as date), ?)) order by coalesce(q14.announced_earliest, q14.announced_latest, 'infinity'::date), q14.id limit ?
                                ) t19
                              ) n18
                            ) a17
                          ) z13
                        ) as "deals"
                      ) r8
                    ) from organization c9 where c9.id = t5.organization_id limit 1
                  ) as "organization"
                ) r7
              ) as "node"
            ) r6
          ) as l0 from (
            select q2.*, (lower(q2.name)) collate "C" as sort_0 from person q2 where (true) and (((lower(q2.name)) collate "C", q2.id) > (cast(? as text) collate "C", ?)) order by (lower(q2.name)) collate "C", q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [20,20,"NAME:ASC","NAME:ASC",50,2,2,2,"ANNOUNCED:ASC","ANNOUNCED:ASC","2015-04-01",10002327,3,"grace tanaka",10000233,21]
