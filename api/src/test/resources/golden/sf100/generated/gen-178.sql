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
                    select distinct trim(o8.outlet) collate "C" as outlet from (
                      select cc9.source_id, cc9.credited_outlet, bool_or(cc9.credited_outlet is not null) over (partition by cc9.source_id) as credits from citation cc9 where cc9.person_id = t5.id
                    ) c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') when c10.credits then array[]::text[] else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o8(outlet)
                  ) o12)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(array(select o13.outlet from (
                    select distinct trim(o14.outlet) collate "C" as outlet from (
                      select cc15.source_id, cc15.credited_outlet, bool_or(cc15.credited_outlet is not null) over (partition by cc15.source_id) as credits from citation cc15 where cc15.person_id = t5.id
                    ) c16 join source s17 on s17.id = c16.source_id cross join lateral unnest(case when c16.credited_outlet is not null then string_to_array(c16.credited_outlet, ',') when c16.credits then array[]::text[] else array[coalesce(s17.publisher, s17.author, '“' || s17.title || '”')] end) as o14(outlet)
                  ) o13 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", (
                    select (
                      select row_to_json(r18.*) from (
                        select c19.slug as "slug", coalesce(to_json(dg_global_id('Organization', c19.slug)), '{"$error":2}'::json) as "a1", (
                          select (
                            select row_to_json(r20.*) from (
                              select c21.kind as "kind", c21.description as "description"
                            ) r20
                          ) from organization c21 where c21.id = c19.parent_id limit 1
                        ) as "parent"
                      ) r18
                    ) from organization c19 where c19.id = t5.organization_id limit 1
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
        select coalesce(to_json(t2.status), '{"$error":0}'::json) as "status", coalesce(to_json(array(select o3.outlet from (
          select distinct trim(o4.outlet) collate "C" as outlet from (
            select cc5.source_id, cc5.credited_outlet, bool_or(cc5.credited_outlet is not null) over (partition by cc5.source_id) as credits from citation cc5 where cc5.exclusivity_term_id = t2.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o4(outlet)
        ) o3 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", coalesce(to_json((select count(*)::int from (
          select distinct trim(o8.outlet) collate "C" as outlet from (
            select cc9.source_id, cc9.credited_outlet, bool_or(cc9.credited_outlet is not null) over (partition by cc9.source_id) as credits from citation cc9 where cc9.exclusivity_term_id = t2.id
          ) c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') when c10.credits then array[]::text[] else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o8(outlet)
        ) o12)), '{"$error":2}'::json) as "corroboration", coalesce(to_json(t2.scope), '{"$error":3}'::json) as "scope", (
          select (
            select row_to_json(r13.*) from (
              select coalesce(to_json(array(select o14.outlet from (
                select distinct trim(o15.outlet) collate "C" as outlet from (
                  select cc16.source_id, cc16.credited_outlet, bool_or(cc16.credited_outlet is not null) over (partition by cc16.source_id) as credits from citation cc16 where cc16.event_id = c17.id
                ) c18 join source s19 on s19.id = c18.source_id cross join lateral unnest(case when c18.credited_outlet is not null then string_to_array(c18.credited_outlet, ',') when c18.credits then array[]::text[] else array[coalesce(s19.publisher, s19.author, '“' || s19.title || '”')] end) as o15(outlet)
              ) o14 order by 1 limit 100)), '{"$error":4}'::json) as "outlets", c17.description as "description", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r20.*) from (
                    select c21.slug as "slug", coalesce(to_json(dg_global_id('Organization', c21.slug)), '{"$error":5}'::json) as "id"
                  ) r20
                )::text, ',' order by c21.name, c21.id), '') || ']')::json from (
                  select c21.* from organization c21 where exists (select 1 from event_organization eo22 where eo22.event_id = c17.id and eo22.organization_id = c21.id) order by c21.name, c21.id limit ?
                ) c21 where true
              ) as "organizations"
            ) r13
          ) from event c17 where c17.id = t2.superseded_by_event_id limit 1
        ) as "supersededByEvent"
      ) r1
    ) from exclusive_term t2 where t2.slug = ? limit 1
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
                select distinct trim(o6.outlet) collate "C" as outlet from (
                  select cc7.source_id, cc7.credited_outlet, bool_or(cc7.credited_outlet is not null) over (partition by cc7.source_id) as credits from citation cc7 where cc7.statement_id = t4.id
                ) c8 join source s9 on s9.id = c8.source_id cross join lateral unnest(case when c8.credited_outlet is not null then string_to_array(c8.credited_outlet, ',') when c8.credits then array[]::text[] else array[coalesce(s9.publisher, s9.author, '“' || s9.title || '”')] end) as o6(outlet)
              ) o10)), '{"$error":0}'::json) as "corroboration"
            ) r5
          ) as l0 from (
            select q11.*, coalesce(q11.date_latest, q11.date_earliest, '-infinity'::date) as sort_0 from statement q11 where true order by coalesce(q11.date_latest, q11.date_earliest, '-infinity'::date) desc, q11.id desc limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [7,7,"DATE:DESC",8]
