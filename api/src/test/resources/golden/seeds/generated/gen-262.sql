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
          select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.deal_id = t6.id
        ) o7 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", (
          select row_to_json(z11.*) from (
            select (
              select count(*) from event q12 where q12.deal_id = t6.id
            ) as "totalCount", ('[' || coalesce(a13.l0, '') || ']')::json as "edges", ('[' || coalesce(a13.l1, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors, string_agg(n14.l0::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l0, string_agg(n14.l1::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l1 from (
                select row_number() over (order by t15.sort_0, t15.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text)]::text[], t15.id) as cursor, (
                  select row_to_json(r16.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text)]::text[], t15.id) as "cursor"
                  ) r16
                ) as l0, (
                  select row_to_json(r17.*) from (
                    select coalesce(to_json(array(select o18.outlet from (
                      select distinct trim(o19.outlet) collate "C" as outlet from citation c20 join source s21 on s21.id = c20.source_id cross join lateral unnest(case when c20.credited_outlet is not null then string_to_array(c20.credited_outlet, ',') else array[coalesce(s21.publisher, s21.author, '“' || s21.title || '”')] end) as o19(outlet) where c20.event_id = t15.id
                    ) o18 order by 1 limit 100)), '{"$error":4}'::json) as "outlets", t15.title as "title", coalesce(to_json((select count(*)::int from (
                      select distinct trim(o22.outlet) collate "C" as outlet from citation c23 join source s24 on s24.id = c23.source_id cross join lateral unnest(case when c23.credited_outlet is not null then string_to_array(c23.credited_outlet, ',') else array[coalesce(s24.publisher, s24.author, '“' || s24.title || '”')] end) as o22(outlet) where c23.event_id = t15.id
                    ) o25)), '{"$error":5}'::json) as "corroboration"
                  ) r17
                ) as l1 from (
                  select q12.*, coalesce(q12.date_earliest, q12.date_latest, 'infinity'::date) as sort_0 from event q12 where q12.deal_id = t6.id order by coalesce(q12.date_earliest, q12.date_latest, 'infinity'::date), q12.id limit ?
                ) t15
              ) n14
            ) a13
          ) z11
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
