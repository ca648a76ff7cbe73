-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.exclusivity_term_id = t6.id
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", (
          select row_to_json(z7.*) from (
            select (
              select count(*) from citation q8 where q8.exclusivity_term_id = t6.id
            ) as "totalCount", ('[' || coalesce(a9.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors, string_agg(n10.l0::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l0 from (
                select row_number() over (order by t11.sort_0, t11.sort_1, t11.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text), dg_cursor_value(t11.sort_1::text)]::text[], t11.id) as cursor, (
                  select row_to_json(r12.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text), dg_cursor_value(t11.sort_1::text)]::text[], t11.id) as "cursor", (
                      select row_to_json(r13.*) from (
                        select t11.end_offset as "a0", t11.start_offset as "a1", t11.credited_outlet as "creditedOutlet"
                      ) r13
                    ) as "node"
                  ) r12
                ) as l0 from (
                  select q8.*, q8.source_id as sort_0, q8.start_offset as sort_1 from citation q8 where q8.exclusivity_term_id = t6.id order by q8.source_id, q8.start_offset, q8.id limit ?
                ) t11
              ) n10
            ) a9
          ) z7
        ) as "citations"
      ) r1
    ) from exclusivity_term t6 where t6.slug = ? limit 1
  )
)::text
-- values: [3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,"aws-exclusive-third-party-distribution-for-frontier"]
-- nodes
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Event'::text as "__typename", coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.event_id = t6.id
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t6.slug as "slug", coalesce(to_json(dg_global_id('Event', t6.slug)), '{"$error":1}'::json) as "id", coalesce(to_json((select count(*)::int from (
          select distinct trim(o7.outlet) collate "C" as outlet from citation c8 join source s9 on s9.id = c8.source_id cross join lateral unnest(case when c8.credited_outlet is not null then string_to_array(c8.credited_outlet, ',') else array[coalesce(s9.publisher, s9.author, '“' || s9.title || '”')] end) as o7(outlet) where c8.event_id = t6.id
        ) o10)), '{"$error":2}'::json) as "a3", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r11.*) from (
              select c12.description as "description", c12.name as "a1", c12.slug as "slug"
            ) r11
          )::text, ',' order by c12.name, c12.id), '') || ']')::json from (
            select c12.* from organization c12 where exists (select 1 from event_organization eo13 where eo13.event_id = t6.id and eo13.organization_id = c12.id) order by c12.name, c12.id limit ?
          ) c12 where true
        ) as "organizations"
      ) r1
    ) from event t6 where t6.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: [20,"microsoft-openai-earlier-agreement-adjustment"]
