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
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor", (
                select row_to_json(r7.*) from (
                  select t5.slug as "a0", t5.name as "name", coalesce(to_json((select count(*)::int from (
                    select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.person_id = t5.id
                  ) o11)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(array(select o12.outlet from (
                    select distinct trim(o13.outlet) collate "C" as outlet from citation c14 join source s15 on s15.id = c14.source_id cross join lateral unnest(case when c14.credited_outlet is not null then string_to_array(c14.credited_outlet, ',') else array[coalesce(s15.publisher, s15.author, '“' || s15.title || '”')] end) as o13(outlet) where c14.person_id = t5.id
                  ) o12 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", (
                    select (
                      select row_to_json(r16.*) from (
                        select c17.slug as "slug", coalesce(to_json(dg_global_id('Organization', c17.slug)), '{"$error":2}'::json) as "a1", (
                          select (
                            select row_to_json(r18.*) from (
                              select c19.kind as "kind", c19.description as "description"
                            ) r18
                          ) from organization c19 where c19.id = c17.parent_id limit 1
                        ) as "parent"
                      ) r16
                    ) from organization c17 where c17.id = t5.organization_id limit 1
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
-- values: [2,2,"NAME:ASC","NAME:ASC","jonas kowalski",10000029,3]
-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.status as "status", coalesce(to_json(array(select o3.outlet from (
          select distinct trim(o4.outlet) collate "C" as outlet from citation c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o4(outlet) where c5.exclusivity_term_id = t2.id
        ) o3 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", coalesce(to_json((select count(*)::int from (
          select distinct trim(o7.outlet) collate "C" as outlet from citation c8 join source s9 on s9.id = c8.source_id cross join lateral unnest(case when c8.credited_outlet is not null then string_to_array(c8.credited_outlet, ',') else array[coalesce(s9.publisher, s9.author, '“' || s9.title || '”')] end) as o7(outlet) where c8.exclusivity_term_id = t2.id
        ) o10)), '{"$error":1}'::json) as "corroboration", t2.scope as "scope", (
          select (
            select row_to_json(r11.*) from (
              select coalesce(to_json(array(select o12.outlet from (
                select distinct trim(o13.outlet) collate "C" as outlet from citation c14 join source s15 on s15.id = c14.source_id cross join lateral unnest(case when c14.credited_outlet is not null then string_to_array(c14.credited_outlet, ',') else array[coalesce(s15.publisher, s15.author, '“' || s15.title || '”')] end) as o13(outlet) where c14.event_id = c16.id
              ) o12 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", c16.description as "description", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r17.*) from (
                    select c18.slug as "slug", coalesce(to_json(dg_global_id('Organization', c18.slug)), '{"$error":3}'::json) as "id"
                  ) r17
                )::text, ',' order by c18.name, c18.id), '') || ']')::json from (
                  select c18.* from organization c18 where exists (select 1 from event_organization eo19 where eo19.event_id = c16.id and eo19.organization_id = c18.id) order by c18.name, c18.id limit ?
                ) c18 where true
              ) as "organizations"
            ) r11
          ) from event c16 where c16.id = t2.superseded_by_event_id limit 1
        ) as "supersededByEvent"
      ) r1
    ) from exclusivity_term t2 where t2.slug = ? limit 1
  )
)::text
-- values: [20,"exclusivity-8175"]
-- r3
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0 desc, t4.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json((select count(*)::int from (
                select distinct trim(o6.outlet) collate "C" as outlet from citation c7 join source s8 on s8.id = c7.source_id cross join lateral unnest(case when c7.credited_outlet is not null then string_to_array(c7.credited_outlet, ',') else array[coalesce(s8.publisher, s8.author, '“' || s8.title || '”')] end) as o6(outlet) where c7.statement_id = t4.id
              ) o9)), '{"$error":0}'::json) as "corroboration"
            ) r5
          ) as l0 from (
            select q10.*, coalesce(q10.date_latest, q10.date_earliest, '-infinity'::date) as sort_0 from statement q10 where true order by coalesce(q10.date_latest, q10.date_earliest, '-infinity'::date) desc, q10.id desc limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [7,7,"DATE:DESC",8]
