-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.status as "status", (case when t2.valid_to_precision is null then null else (
          select row_to_json(r3.*) from (
            select t2.valid_to_earliest as "earliest", coalesce(to_json(t2.valid_to_precision), '{"$error":0}'::json) as "precision", coalesce(to_json(dg_fuzzy_display(t2.valid_to_earliest, t2.valid_to_latest, t2.valid_to_precision)), '{"$error":1}'::json) as "display"
          ) r3
        ) end) as "validTo", (
          select (
            select row_to_json(r4.*) from (
              select c5.description as "description", coalesce(to_json((select count(*)::int from (
                select distinct trim(o6.outlet) collate "C" as outlet from citation c7 join source s8 on s8.id = c7.source_id cross join lateral unnest(case when c7.credited_outlet is not null then string_to_array(c7.credited_outlet, ',') else array[coalesce(s8.publisher, s8.author, '“' || s8.title || '”')] end) as o6(outlet) where c7.event_id = c5.id
              ) o9)), '{"$error":2}'::json) as "corroboration", coalesce(to_json(dg_global_id('Event', c5.slug)), '{"$error":3}'::json) as "id", c5.kind as "kind", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r10.*) from (
                    select c11.slug as "a0", '{"$error":4}'::json as "events", (
                      select row_to_json(z12.*) from (
                        select ('[' || coalesce(a13.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors, string_agg(n14.l0::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l0 from (
                            select row_number() over (order by t15.sort_0, t15.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text)]::text[], t15.id) as cursor, (
                              select row_to_json(r16.*) from (
                                select coalesce(to_json(dg_global_id('Person', t15.slug)), '{"$error":5}'::json) as "id"
                              ) r16
                            ) as l0 from (
                              select q17.*, (lower(q17.name)) collate "C" as sort_0 from person q17 where q17.organization_id = c11.id order by (lower(q17.name)) collate "C", q17.id limit ?
                            ) t15
                          ) n14
                        ) a13
                      ) z12
                    ) as "people", (
                      select row_to_json(z18.*) from (
                        select ('[' || coalesce(a19.l0, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n20.cursor order by n20.ord) filter (where n20.ord <= ?)) as cursors, string_agg(n20.l0::text, ',' order by n20.ord) filter (where n20.ord <= ?) as l0 from (
                            select row_number() over (order by t21.sort_0, t21.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t21.sort_0::text)]::text[], t21.id) as cursor, (
                              select row_to_json(r22.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t21.sort_0::text)]::text[], t21.id) as "cursor", (
                                  select row_to_json(r23.*) from (
                                    select t21.role as "role"
                                  ) r23
                                ) as "node"
                              ) r22
                            ) as l0 from (
                              select q24.*, (lower(q24.name)) collate "C" as sort_0 from person q24 where (q24.organization_id = c11.id) and (((lower(q24.name)) collate "C", q24.id) > (cast(? as text) collate "C", ?)) order by (lower(q24.name)) collate "C", q24.id limit ?
                            ) t21
                          ) n20
                        ) a19
                      ) z18
                    ) as "again3"
                  ) r10
                )::text, ',' order by c11.name, c11.id), '') || ']')::json from (
                  select c11.* from organization c11 where exists (select 1 from event_organization eo25 where eo25.event_id = c5.id and eo25.organization_id = c11.id) order by c11.name, c11.id limit ?
                ) c11 where true
              ) as "organizations"
            ) r4
          ) from event c5 where c5.id = t2.superseded_by_event_id limit 1
        ) as "supersededByEvent"
      ) r1
    ) from exclusivity_term t2 where t2.slug = ? limit 1
  )
)::text
-- values: [2,2,"NAME:ASC",3,1,1,"NAME:ASC","NAME:ASC","denise dresser",1,2,20,"aws-exclusive-third-party-distribution-for-frontier"]
-- sources
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from source q2 where true
      ) as "totalCount", (
        select row_to_json(r3.*) from (
          select a4.cursors[1] as "startCursor", a4.cursors[array_length(a4.cursors, 1)] as "endCursor"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor from (
            select q2.*, (lower(q2.title)) collate "C" as sort_0 from source q2 where true order by (lower(q2.title)) collate "C", q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: [2,"TITLE:ASC",3]
