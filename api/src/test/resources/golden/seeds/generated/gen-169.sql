-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 join commitment_timing x3 on x3.commitment_id = q2.id where in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE'
      ) as "totalCount", ('[' || coalesce(a4.l0, '') || ']')::json as "nodes", (
        select row_to_json(r5.*) from (
          select false as "hasPreviousPage", a4.cursors[1] as "startCursor", a4.cursors[array_length(a4.cursors, 1)] as "endCursor"
        ) r5
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
          select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
            select row_to_json(r8.*) from (
              select t7.description as "description", t7.modality as "modality", t7.kind as "kind"
            ) r8
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) as in_force from commitment q2 join commitment_timing x3 on x3.commitment_id = q2.id where in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE' order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t7
        ) n6
      ) a4
    ) z1
  )
)::text
-- values: ["2025-10-27",20,20,"DATE:ASC","2025-10-27","2025-10-27",21]
-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from (
            select cc3.source_id, cc3.credited_outlet, bool_or(cc3.credited_outlet is not null) over (partition by cc3.source_id) as credits from citation cc3 where cc3.event_id = t4.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o2(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", (
          select (
            select row_to_json(r8.*) from (
              select c9.summary as "summary", coalesce(to_json((select count(*)::int from (
                select distinct trim(o10.outlet) collate "C" as outlet from (
                  select cc11.source_id, cc11.credited_outlet, bool_or(cc11.credited_outlet is not null) over (partition by cc11.source_id) as credits from citation cc11 where cc11.deal_id = c9.id
                ) c12 join source s13 on s13.id = c12.source_id cross join lateral unnest(case when c12.credited_outlet is not null then string_to_array(c12.credited_outlet, ',') when c12.credits then array[]::text[] else array[coalesce(s13.publisher, s13.author, '“' || s13.title || '”')] end) as o10(outlet)
              ) o14)), '{"$error":1}'::json) as "corroboration", coalesce(to_json(dg_global_id('Deal', c9.slug)), '{"$error":2}'::json) as "id", (
                select row_to_json(z15.*) from (
                  select (
                    select count(*) from deal q16 where q16.parent_id = c9.id
                  ) as "totalCount", (
                    select row_to_json(r17.*) from (
                      select exists (
                        select 1 from deal q16 where (q16.parent_id = c9.id) and (not (coalesce(q16.announced_earliest, q16.announced_latest, 'infinity'::date), q16.id) > (cast(? as date), ?))
                      ) as "hasPreviousPage", a18.cursors[1] as "startCursor", a18.cursors[array_length(a18.cursors, 1)] as "endCursor"
                    ) r17
                  ) as "pageInfo", ('[' || coalesce(a18.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n19.cursor order by n19.ord) filter (where n19.ord <= ?)) as cursors, string_agg(n19.l0::text, ',' order by n19.ord) filter (where n19.ord <= ?) as l0 from (
                      select row_number() over (order by t20.sort_0, t20.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t20.sort_0::text)]::text[], t20.id) as cursor, (
                        select row_to_json(r21.*) from (
                          select coalesce(to_json(array(select o22.outlet from (
                            select distinct trim(o23.outlet) collate "C" as outlet from (
                              select cc24.source_id, cc24.credited_outlet, bool_or(cc24.credited_outlet is not null) over (partition by cc24.source_id) as credits from citation cc24 where cc24.deal_id = t20.id
                            ) c25 join source s26 on s26.id = c25.source_id cross join lateral unnest(case when c25.credited_outlet is not null then string_to_array(c25.credited_outlet, ',') when c25.credits then array[]::text[] else array[coalesce(s26.publisher, s26.author, '“' || s26.title || '”')] end) as o23(outlet)
                          ) o22 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", t20.summary as "summary"
                        ) r21
                      ) as l0 from (
                        select q16.*, coalesce(q16.announced_earliest, q16.announced_latest, 'infinity'::date) as sort_0 from deal q16 where (q16.parent_id = c9.id) and ((coalesce(q16.announced_earliest, q16.announced_latest, 'infinity'::date), q16.id) > (cast(? as date), ?)) order by coalesce(q16.announced_earliest, q16.announced_latest, 'infinity'::date), q16.id limit ?
                      ) t20
                    ) n19
                  ) a18
                ) z15
              ) as "subDeals"
            ) r8
          ) from deal c9 where c9.id = t4.deal_id limit 1
        ) as "deal", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r27.*) from (
              select c28.name as "name"
            ) r27
          )::text, ',' order by c28.name, c28.id), '') || ']')::json from (
            select c28.* from organization c28 where exists (select 1 from event_organization eo29 where eo29.event_id = t4.id and eo29.organization_id = c28.id) order by c28.name, c28.id limit ?
          ) c28 where true
        ) as "organizations"
      ) r1
    ) from event t4 where t4.slug = ? limit 1
  )
)::text
-- values: ["infinity",4,2,2,"ANNOUNCED:ASC","infinity",4,3,20,"microsoft-openai-restructuring-2026-04-announced"]
