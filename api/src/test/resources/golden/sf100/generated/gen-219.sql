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
                    select distinct trim(o7.outlet) collate "C" as outlet from (
                      select cc8.source_id, cc8.credited_outlet, bool_or(cc8.credited_outlet is not null) over (partition by cc8.source_id) as credits from citation cc8 where cc8.event_id = t4.id
                    ) c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') when c9.credits then array[]::text[] else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o7(outlet)
                  ) o11)), '{"$error":0}'::json) as "corroboration", t4.title as "title", coalesce(to_json(array(select o12.outlet from (
                    select distinct trim(o13.outlet) collate "C" as outlet from (
                      select cc14.source_id, cc14.credited_outlet, bool_or(cc14.credited_outlet is not null) over (partition by cc14.source_id) as credits from citation cc14 where cc14.event_id = t4.id
                    ) c15 join source s16 on s16.id = c15.source_id cross join lateral unnest(case when c15.credited_outlet is not null then string_to_array(c15.credited_outlet, ',') when c15.credits then array[]::text[] else array[coalesce(s16.publisher, s16.author, '“' || s16.title || '”')] end) as o13(outlet)
                  ) o12 order by 1 limit 100)), '{"$error":1}'::json) as "a3", (
                    select ('[' || coalesce(string_agg((
                      select row_to_json(r17.*) from (
                        select c18.kind as "kind"
                      ) r17
                    )::text, ',' order by c18.name, c18.id), '') || ']')::json from (
                      select c18.* from organization c18 where exists (select 1 from event_organization eo19 where eo19.event_id = t4.id and eo19.organization_id = c18.id) order by c18.name, c18.id limit ?
                    ) c18 where true
                  ) as "organizations"
                ) r6
              ) as "node"
            ) r5
          ) as l0 from (
            select q20.*, coalesce(q20.date_earliest, q20.date_latest, 'infinity'::date) as sort_0 from event q20 where true order by coalesce(q20.date_earliest, q20.date_latest, 'infinity'::date), q20.id limit ?
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
