-- organizations
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes", (
        select row_to_json(r3.*) from (
          select a2.fetched > ? as "hasNextPage", a2.cursors[array_length(a2.cursors, 1)] as "endCursor", false as "hasPreviousPage"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select t5.slug as "slug", coalesce(to_json(dg_global_id('Organization', t5.slug)), '{"$error":0}'::json) as "id", t5.name as "name", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r7.*) from (
                    select c8.description as "description", (
                      select row_to_json(z9.*) from (
                        select (
                          select count(*) from event q10 where exists (select 1 from event_organization eo11 where eo11.event_id = q10.id and eo11.organization_id = c8.id)
                        ) as "totalCount", ('[' || coalesce(a12.l0, '') || ']')::json as "edges", ('[' || coalesce(a12.l1, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors, string_agg(n13.l0::text, ',' order by n13.ord) filter (where n13.ord <= ?) as l0, string_agg(n13.l1::text, ',' order by n13.ord) filter (where n13.ord <= ?) as l1 from (
                            select row_number() over (order by t14.sort_0, t14.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as cursor, (
                              select row_to_json(r15.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as "cursor", (
                                  select row_to_json(r16.*) from (
                                    select t14.description as "description"
                                  ) r16
                                ) as "node"
                              ) r15
                            ) as l0, (
                              select row_to_json(r17.*) from (
                                select t14.description as "description", coalesce(to_json(array(select o18.outlet from (
                                  select distinct trim(o19.outlet) collate "C" as outlet from (
                                    select cc20.source_id, cc20.credited_outlet, bool_or(cc20.credited_outlet is not null) over (partition by cc20.source_id) as credits from citation cc20 where cc20.event_id = t14.id
                                  ) c21 join source s22 on s22.id = c21.source_id cross join lateral unnest(case when c21.credited_outlet is not null then string_to_array(c21.credited_outlet, ',') when c21.credits then array[]::text[] else array[coalesce(s22.publisher, s22.author, '“' || s22.title || '”')] end) as o19(outlet)
                                ) o18 order by 1 limit 100)), '{"$error":1}'::json) as "outlets"
                              ) r17
                            ) as l1 from (
                              select q10.*, coalesce(q10.date_earliest, q10.date_latest, 'infinity'::date) as sort_0 from event q10 where (exists (select 1 from event_organization eo11 where eo11.event_id = q10.id and eo11.organization_id = c8.id)) and ((coalesce(q10.date_earliest, q10.date_latest, 'infinity'::date), q10.id) > (cast(? as date), ?)) order by coalesce(q10.date_earliest, q10.date_latest, 'infinity'::date), q10.id limit ?
                            ) t14
                          ) n13
                        ) a12
                      ) z9
                    ) as "events"
                  ) r7
                )::text, ',' order by c8.name, c8.id), '') || ']')::json from (
                  select c8.* from organization c8 where c8.parent_id = t5.id order by c8.name, c8.id limit ?
                ) c8 where true
              ) as "units"
            ) r6
          ) as l0 from (
            select q23.*, (lower(q23.name)) collate "C" as sort_0 from organization q23 where true order by (lower(q23.name)) collate "C", q23.id limit ?
          ) t5
        ) n4
      ) a2
    ) z1
  )
)::text
-- values: [6,6,6,"NAME:ASC",3,3,3,"DATE:ASC","DATE:ASC","2025-01-21",7,4,50,7]
