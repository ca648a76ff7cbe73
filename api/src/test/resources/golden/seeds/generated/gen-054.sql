-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.exclusivity_term_id = t5.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o3(outlet)
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", (
          select row_to_json(z8.*) from (
            select (
              select count(*) from citation q9 where q9.exclusivity_term_id = t5.id
            ) as "totalCount", ('[' || coalesce(a10.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors, string_agg(n11.l0::text, ',' order by n11.ord) filter (where n11.ord <= ?) as l0 from (
                select row_number() over (order by t12.sort_0, t12.sort_1, t12.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text), dg_cursor_value(t12.sort_1::text)]::text[], t12.id) as cursor, (
                  select row_to_json(r13.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text), dg_cursor_value(t12.sort_1::text)]::text[], t12.id) as "cursor", (
                      select row_to_json(r14.*) from (
                        select t12.end_offset as "a0", t12.start_offset as "a1", t12.credited_outlet as "creditedOutlet"
                      ) r14
                    ) as "node"
                  ) r13
                ) as l0 from (
                  select q9.*, q9.source_id as sort_0, q9.start_offset as sort_1 from citation q9 where q9.exclusivity_term_id = t5.id order by q9.source_id, q9.start_offset, q9.id limit ?
                ) t12
              ) n11
            ) a10
          ) z8
        ) as "citations"
      ) r1
    ) from exclusive_term t5 where t5.slug = ? limit 1
  )
)::text
-- values: [3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,"aws-exclusive-third-party-distribution-for-frontier"]
-- nodes
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Event'::text as "__typename", coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.event_id = t5.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o3(outlet)
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t5.slug as "slug", coalesce(to_json(dg_global_id('Event', t5.slug)), '{"$error":1}'::json) as "id", coalesce(to_json((select count(*)::int from (
          select distinct trim(o8.outlet) collate "C" as outlet from (
            select cc9.source_id, cc9.credited_outlet, bool_or(cc9.credited_outlet is not null) over (partition by cc9.source_id) as credits from citation cc9 where cc9.event_id = t5.id
          ) c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') when c10.credits then array[]::text[] else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o8(outlet)
        ) o12)), '{"$error":2}'::json) as "a3", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r13.*) from (
              select c14.description as "description", c14.name as "a1", c14.slug as "slug"
            ) r13
          )::text, ',' order by c14.name, c14.id), '') || ']')::json from (
            select c14.* from organization c14 where exists (select 1 from event_organization eo15 where eo15.event_id = t5.id and eo15.organization_id = c14.id) order by c14.name, c14.id limit ?
          ) c14 where true
        ) as "organizations"
      ) r1
    ) from event t5 where t5.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: [20,"microsoft-openai-earlier-agreement-adjustment"]
