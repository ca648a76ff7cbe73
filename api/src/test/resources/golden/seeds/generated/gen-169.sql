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
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.event_id = t5.id
        ) o6)), '{"$error":0}'::json) as "corroboration", (
          select (
            select row_to_json(r7.*) from (
              select c8.summary as "summary", coalesce(to_json((select count(*)::int from (
                select distinct trim(o9.outlet) collate "C" as outlet from citation c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o9(outlet) where c10.deal_id = c8.id
              ) o12)), '{"$error":1}'::json) as "corroboration", coalesce(to_json(dg_global_id('Deal', c8.slug)), '{"$error":2}'::json) as "id", (
                select row_to_json(z13.*) from (
                  select (
                    select count(*) from deal q14 where q14.parent_id = c8.id
                  ) as "totalCount", (
                    select row_to_json(r15.*) from (
                      select exists (
                        select 1 from deal q14 where (q14.parent_id = c8.id) and (not (coalesce(q14.announced_earliest, q14.announced_latest, 'infinity'::date), q14.id) > (cast(? as date), ?))
                      ) as "hasPreviousPage", a16.cursors[1] as "startCursor", a16.cursors[array_length(a16.cursors, 1)] as "endCursor"
                    ) r15
                  ) as "pageInfo", ('[' || coalesce(a16.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n17.cursor order by n17.ord) filter (where n17.ord <= ?)) as cursors, string_agg(n17.l0::text, ',' order by n17.ord) filter (where n17.ord <= ?) as l0 from (
                      select row_number() over (order by t18.sort_0, t18.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t18.sort_0::text)]::text[], t18.id) as cursor, (
                        select row_to_json(r19.*) from (
                          select coalesce(to_json(array(select o20.outlet from (
                            select distinct trim(o21.outlet) collate "C" as outlet from citation c22 join source s23 on s23.id = c22.source_id cross join lateral unnest(case when c22.credited_outlet is not null then string_to_array(c22.credited_outlet, ',') else array[coalesce(s23.publisher, s23.author, '“' || s23.title || '”')] end) as o21(outlet) where c22.deal_id = t18.id
                          ) o20 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", t18.summary as "summary"
                        ) r19
                      ) as l0 from (
                        select q14.*, coalesce(q14.announced_earliest, q14.announced_latest, 'infinity'::date) as sort_0 from deal q14 where (q14.parent_id = c8.id) and ((coalesce(q14.announced_earliest, q14.announced_latest, 'infinity'::date), q14.id) > (cast(? as date), ?)) order by coalesce(q14.announced_earliest, q14.announced_latest, 'infinity'::date), q14.id limit ?
                      ) t18
                    ) n17
                  ) a16
                ) z13
              ) as "subDeals"
            ) r7
          ) from deal c8 where c8.id = t5.deal_id limit 1
        ) as "deal", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r24.*) from (
              select c25.name as "name"
            ) r24
          )::text, ',' order by c25.name, c25.id), '') || ']')::json from (
            select c25.* from organization c25 where exists (select 1 from event_organization eo26 where eo26.event_id = t5.id and eo26.organization_id = c25.id) order by c25.name, c25.id limit ?
          ) c25 where true
        ) as "organizations"
      ) r1
    ) from event t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["infinity",4,2,2,"ANNOUNCED:ASC","infinity",4,3,20,"microsoft-openai-restructuring-2026-04-announced"]
