-- organizationByName
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.name as "a0", coalesce(to_json(dg_global_id('Organization', t2.slug)), '{"$error":0}'::json) as "a1", t2.slug as "slug", (
          select row_to_json(z3.*) from (
            select ('[' || coalesce(a4.l0, '') || ']')::json as "edges", (
              select row_to_json(r5.*) from (
                select a4.cursors[1] as "startCursor"
              ) r5
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
                select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
                  select row_to_json(r8.*) from (
                    select null::text as "inForce", (
                      select row_to_json(r9.*) from (
                        select t7.status as "status", coalesce(to_json(coalesce((
                          select in_force(cast(? as date), x10.start_earliest, x10.start_latest, x10.start_precision, x10.end_earliest, x10.end_latest, x10.end_precision) from deal_timing x10 where x10.deal_id = t7.id
                        ), 'UNKNOWN')), '{"$error":1}'::json) as "inForce", t7.summary as "summary"
                      ) r9
                    ) as "node"
                  ) r8
                ) as l0 from (
                  select q11.*, coalesce(q11.announced_earliest, q11.announced_latest, 'infinity'::date) as sort_0 from deal q11 where (exists (select 1 from deal_party p12 where p12.deal_id = q11.id and p12.organization_id = t2.id)) and (exists (select 1 from deal_party p13 where p13.deal_id = q11.id and p13.organization_id = t2.id and p13.role = ?)) and ((coalesce(q11.announced_earliest, q11.announced_latest, 'infinity'::date), q11.id) > (cast(? as date), ?)) order by coalesce(q11.announced_earliest, q11.announced_latest, 'infinity'::date), q11.id limit ?
                ) t7
              ) n6
            ) a4
          ) z3
        ) as "deals"
      ) r1
    ) from organization t2 where lower(t2.name) = lower(?) or exists (select 1 from organization_alias a14 where a14.organization_id = t2.id and lower(a14.value) = lower(?)) order by t2.id limit 1
  )
)::text
-- values: [2,2,"ANNOUNCED:ASC","2019-07-22","LICENSEE","infinity",3,3,"Stargate","Stargate"]
