-- nodes
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Commitment'::text as "__typename", coalesce(to_json(dg_global_id('Commitment', t2.slug)), '{"$error":0}'::json) as "id"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r3.*) from (
        select 'Statement'::text as "__typename", coalesce(to_json(dg_global_id('Statement', t4.slug)), '{"$error":1}'::json) as "id"
      ) r3
    ) from statement t4 where t4.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r5.*) from (
        select 'Deal'::text as "__typename", coalesce(to_json(dg_global_id('Deal', t6.slug)), '{"$error":2}'::json) as "id", coalesce(to_json(array(select o7.outlet from (
          select distinct trim(o8.outlet) collate "C" as outlet from (
            select cc9.source_id, cc9.credited_outlet, bool_or(cc9.credited_outlet is not null) over (partition by cc9.source_id) as credits from citation cc9 where cc9.deal_id = t6.id
          ) c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') when c10.credits then array[]::text[] else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o8(outlet)
        ) o7 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", (
          select row_to_json(z12.*) from (
            select (
              select count(*) from event q13 where q13.deal_id = t6.id
            ) as "totalCount", ('[' || coalesce(a14.l0, '') || ']')::json as "edges", ('[' || coalesce(a14.l1, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0, string_agg(n15.l1::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l1 from (
                select row_number() over (order by t16.sort_0, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text)]::text[], t16.id) as cursor, (
                  select row_to_json(r17.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text)]::text[], t16.id) as "cursor"
                  ) r17
                ) as l0, (
                  select row_to_json(r18.*) from (
                    select coalesce(to_json(array(select o19.outlet from (
                      select distinct trim(o20.outlet) collate "C" as outlet from (
                        select cc21.source_id, cc21.credited_outlet, bool_or(cc21.credited_outlet is not null) over (partition by cc21.source_id) as credits from citation cc21 where cc21.event_id = t16.id
                      ) c22 join source s23 on s23.id = c22.source_id cross join lateral unnest(case when c22.credited_outlet is not null then string_to_array(c22.credited_outlet, ',') when c22.credits then array[]::text[] else array[coalesce(s23.publisher, s23.author, '“' || s23.title || '”')] end) as o20(outlet)
                    ) o19 order by 1 limit 100)), '{"$error":4}'::json) as "outlets", t16.title as "title", coalesce(to_json((select count(*)::int from (
                      select distinct trim(o24.outlet) collate "C" as outlet from (
                        select cc25.source_id, cc25.credited_outlet, bool_or(cc25.credited_outlet is not null) over (partition by cc25.source_id) as credits from citation cc25 where cc25.event_id = t16.id
                      ) c26 join source s27 on s27.id = c26.source_id cross join lateral unnest(case when c26.credited_outlet is not null then string_to_array(c26.credited_outlet, ',') when c26.credits then array[]::text[] else array[coalesce(s27.publisher, s27.author, '“' || s27.title || '”')] end) as o24(outlet)
                    ) o28)), '{"$error":5}'::json) as "corroboration"
                  ) r18
                ) as l1 from (
                  select q13.*, coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date) as sort_0 from event q13 where q13.deal_id = t6.id order by coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date), q13.id limit ?
                ) t16
              ) n15
            ) a14
          ) z12
        ) as "events"
      ) r5
    ) from deal t6 where t6.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["amazon-pledges-up-to-50b-investment","openai-memo-amazon-alliance",2,2,2,"DATE:ASC","DATE:ASC",3,"amazon-openai-stateful-runtime"]
-- r2
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.title as "title", (case when t2.announced_precision is null then null else (
          select row_to_json(r3.*) from (
            select coalesce(to_json(t2.announced_text), '{"$error":0}'::json) as "text"
          ) r3
        ) end) as "announced"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["microsoft-openai-restructuring-2026-04"]
-- organizationByName
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.kind as "kind", coalesce(to_json(dg_global_id('Organization', t2.slug)), '{"$error":0}'::json) as "id", t2.description as "description", t2.name as "name"
      ) r1
    ) from organization t2 where lower(t2.name) = lower(?) or exists (select 1 from organization_alias a3 where a3.organization_id = t2.id and lower(a3.value) = lower(?)) order by t2.id limit 1
  )
)::text
-- values: ["Stargate project","Stargate project"]
