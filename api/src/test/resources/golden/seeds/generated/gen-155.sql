-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(t2.status), '{"$error":0}'::json) as "status", (case when t2.valid_to_precision is null then null else (
          select row_to_json(r3.*) from (
            select t2.valid_to_earliest as "earliest", coalesce(to_json(t2.valid_to_precision), '{"$error":1}'::json) as "precision", coalesce(to_json(dg_fuzzy_display(t2.valid_to_earliest, t2.valid_to_latest, t2.valid_to_precision)), '{"$error":2}'::json) as "display"
          ) r3
        ) end) as "validTo", (
          select (
            select row_to_json(r4.*) from (
              select c5.description as "description", coalesce(to_json((select count(*)::int from (
                select distinct trim(o6.outlet) collate "C" as outlet from (
                  select cc7.source_id, cc7.credited_outlet, bool_or(cc7.credited_outlet is not null) over (partition by cc7.source_id) as credits from citation cc7 where cc7.event_id = c5.id
                ) c8 join source s9 on s9.id = c8.source_id cross join lateral unnest(case when c8.credited_outlet is not null then string_to_array(c8.credited_outlet, ',') when c8.credits then array[]::text[] else array[coalesce(s9.publisher, s9.author, '“' || s9.title || '”')] end) as o6(outlet)
              ) o10)), '{"$error":3}'::json) as "corroboration", coalesce(to_json(dg_global_id('Event', c5.slug)), '{"$error":4}'::json) as "id", c5.kind as "kind", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r11.*) from (
                    select c12.slug as "a0", '{"$error":5}'::json as "events", (
                      select row_to_json(z13.*) from (
                        select ('[' || coalesce(a14.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                            select row_number() over (order by t16.sort_0, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text)]::text[], t16.id) as cursor, (
                              select row_to_json(r17.*) from (
                                select coalesce(to_json(dg_global_id('Person', t16.slug)), '{"$error":6}'::json) as "id"
                              ) r17
                            ) as l0 from (
                              select q18.*, (lower(q18.name)) collate "C" as sort_0 from person q18 where q18.organization_id = c12.id order by (lower(q18.name)) collate "C", q18.id limit ?
                            ) t16
                          ) n15
                        ) a14
                      ) z13
                    ) as "people", (
                      select row_to_json(z19.*) from (
                        select ('[' || coalesce(a20.l0, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n21.cursor order by n21.ord) filter (where n21.ord <= ?)) as cursors, string_agg(n21.l0::text, ',' order by n21.ord) filter (where n21.ord <= ?) as l0 from (
                            select row_number() over (order by t22.sort_0, t22.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t22.sort_0::text)]::text[], t22.id) as cursor, (
                              select row_to_json(r23.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t22.sort_0::text)]::text[], t22.id) as "cursor", (
                                  select row_to_json(r24.*) from (
                                    select t22.role as "role"
                                  ) r24
                                ) as "node"
                              ) r23
                            ) as l0 from (
                              select q25.*, (lower(q25.name)) collate "C" as sort_0 from person q25 where (q25.organization_id = c12.id) and (((lower(q25.name)) collate "C", q25.id) > (cast(? as text) collate "C", ?)) order by (lower(q25.name)) collate "C", q25.id limit ?
                            ) t22
                          ) n21
                        ) a20
                      ) z19
                    ) as "again3"
                  ) r11
                )::text, ',' order by c12.name, c12.id), '') || ']')::json from (
                  select c12.* from organization c12 where exists (select 1 from event_organization eo26 where eo26.event_id = c5.id and eo26.organization_id = c12.id) order by c12.name, c12.id limit ?
                ) c12 where true
              ) as "organizations"
            ) r4
          ) from event c5 where c5.id = t2.superseded_by_event_id limit 1
        ) as "supersededByEvent"
      ) r1
    ) from exclusive_term t2 where t2.slug = ? limit 1
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
