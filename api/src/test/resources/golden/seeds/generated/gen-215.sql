-- organizations
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes", (
        select row_to_json(r3.*) from (
          select a2.fetched > ? as "hasNextPage", a2.cursors[array_length(a2.cursors, 1)] as "endCursor", exists (
            select 1 from organization q4 where (true) and (not ((lower(q4.name)) collate "C", q4.id) > (cast(? as text) collate "C", ?))
          ) as "hasPreviousPage"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select t6.slug as "slug", coalesce(to_json(dg_global_id('Organization', t6.slug)), '{"$error":0}'::json) as "id", t6.name as "name", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r8.*) from (
                    select c9.description as "description", (
                      select row_to_json(z10.*) from (
                        select (
                          select count(*) from event q11 where exists (select 1 from event_organization eo12 where eo12.event_id = q11.id and eo12.organization_id = c9.id)
                        ) as "totalCount", ('[' || coalesce(a13.l0, '') || ']')::json as "edges", ('[' || coalesce(a13.l1, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors, string_agg(n14.l0::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l0, string_agg(n14.l1::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l1 from (
                            select row_number() over (order by t15.sort_0, t15.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text)]::text[], t15.id) as cursor, (
                              select row_to_json(r16.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text)]::text[], t15.id) as "cursor", (
                                  select row_to_json(r17.*) from (
                                    select t15.description as "description"
                                  ) r17
                                ) as "node"
                              ) r16
                            ) as l0, (
                              select row_to_json(r18.*) from (
                                select t15.description as "description", coalesce(to_json(array(select o19.outlet from (
                                  select distinct trim(o20.outlet) collate "C" as outlet from (
                                    select cc21.source_id, cc21.credited_outlet, bool_or(cc21.credited_outlet is not null) over (partition by cc21.source_id) as credits from citation cc21 where cc21.event_id = t15.id
                                  ) c22 join source s23 on s23.id = c22.source_id cross join lateral unnest(case when c22.credited_outlet is not null then string_to_array(c22.credited_outlet, ',') when c22.credits then array[]::text[] else array[coalesce(s23.publisher, s23.author, '“' || s23.title || '”')] end) as o20(outlet)
                                ) o19 order by 1 limit 100)), '{"$error":1}'::json) as "outlets"
                              ) r18
                            ) as l1 from (
                              select q11.*, coalesce(q11.date_earliest, q11.date_latest, 'infinity'::date) as sort_0 from event q11 where (exists (select 1 from event_organization eo12 where eo12.event_id = q11.id and eo12.organization_id = c9.id)) and ((coalesce(q11.date_earliest, q11.date_latest, 'infinity'::date), q11.id) > (cast(? as date), ?)) order by coalesce(q11.date_earliest, q11.date_latest, 'infinity'::date), q11.id limit ?
                            ) t15
                          ) n14
                        ) a13
                      ) z10
                    ) as "events"
                  ) r8
                )::text, ',' order by c9.name, c9.id), '') || ']')::json from (
                  select c9.* from organization c9 where c9.parent_id = t6.id order by c9.name, c9.id limit ?
                ) c9 where true
              ) as "units"
            ) r7
          ) as l0 from (
            select q4.*, (lower(q4.name)) collate "C" as sort_0 from organization q4 where (true) and (((lower(q4.name)) collate "C", q4.id) > (cast(? as text) collate "C", ?)) order by (lower(q4.name)) collate "C", q4.id limit ?
          ) t6
        ) n5
      ) a2
    ) z1
  )
)::text
-- values: [6,"openai",1,6,6,"NAME:ASC",3,3,3,"DATE:ASC","DATE:ASC","2025-01-21",7,4,50,"openai",1,7]
