-- r1
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", (
                select row_to_json(r6.*) from (
                  select t4.description as "description", coalesce(to_json((select count(*)::int from (
                    select distinct trim(o7.outlet) collate "C" as outlet from citation c8 join source s9 on s9.id = c8.source_id cross join lateral unnest(case when c8.credited_outlet is not null then string_to_array(c8.credited_outlet, ',') else array[coalesce(s9.publisher, s9.author, '“' || s9.title || '”')] end) as o7(outlet) where c8.event_id = t4.id
                  ) o10)), '{"$error":0}'::json) as "corroboration", t4.title as "title", coalesce(to_json(array(select o11.outlet from (
                    select distinct trim(o12.outlet) collate "C" as outlet from citation c13 join source s14 on s14.id = c13.source_id cross join lateral unnest(case when c13.credited_outlet is not null then string_to_array(c13.credited_outlet, ',') else array[coalesce(s14.publisher, s14.author, '“' || s14.title || '”')] end) as o12(outlet) where c13.event_id = t4.id
                  ) o11 order by 1 limit 100)), '{"$error":1}'::json) as "a3", (
                    select ('[' || coalesce(string_agg((
                      select row_to_json(r15.*) from (
                        select c16.kind as "kind"
                      ) r15
                    )::text, ',' order by c16.name, c16.id), '') || ']')::json from (
                      select c16.* from organization c16 where exists (select 1 from event_organization eo17 where eo17.event_id = t4.id and eo17.organization_id = c16.id) order by c16.name, c16.id limit ?
                    ) c16 where true
                  ) as "organizations"
                ) r6
              ) as "node"
            ) r5
          ) as l0 from (
            select q18.*, coalesce(q18.date_earliest, q18.date_latest, 'infinity'::date) as sort_0 from event q18 where true order by coalesce(q18.date_earliest, q18.date_latest, 'infinity'::date), q18.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [1,1,"DATE:ASC","DATE:ASC",20,2]
-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", t2.name as "name", t2.description as "description", (
          select (
            select row_to_json(r3.*) from (
              select c4.slug as "slug", coalesce(to_json(dg_global_id('Organization', c4.slug)), '{"$error":0}'::json) as "id", c4.kind as "kind", c4.name as "name"
            ) r3
          ) from organization c4 where c4.id = t2.parent_id limit 1
        ) as "parent"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["polar-infrastructure-604"]
