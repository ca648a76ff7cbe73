-- commitments
select (
  '{}'::json
)::text
-- values: []
-- nodes
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Event'::text as "__typename", coalesce(to_json(dg_global_id('Event', t2.slug)), '{"$error":0}'::json) as "id", coalesce(to_json(array(select o3.outlet from (
          select distinct trim(o4.outlet) collate "C" as outlet from (
            select cc5.source_id, cc5.credited_outlet, bool_or(cc5.credited_outlet is not null) over (partition by cc5.source_id) as credits from citation cc5 where cc5.event_id = t2.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o4(outlet)
        ) o3 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", t2.description as "description", t2.slug as "a2", coalesce(to_json((case when t2.date_precision is null then null else (
          select row_to_json(r8.*) from (
            select t2.date_latest as "latest", coalesce(to_json(t2.date_precision), '{"$error":2}'::json) as "precision", t2.date_earliest as "a2"
          ) r8
        ) end)), '{"$error":3}'::json) as "date"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r9.*) from (
        select 'Statement'::text as "__typename", coalesce(to_json(dg_global_id('Statement', t10.slug)), '{"$error":4}'::json) as "id"
      ) r9
    ) from statement t10 where t10.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r11.*) from (
        select 'Deal'::text as "__typename", coalesce(to_json(dg_global_id('Deal', t12.slug)), '{"$error":5}'::json) as "id"
      ) r11
    ) from deal t12 where t12.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r13.*) from (
        select 'Deal'::text as "__typename", coalesce(to_json(dg_global_id('Deal', t14.slug)), '{"$error":6}'::json) as "id"
      ) r13
    ) from deal t14 where t14.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["amazon-openai-partnership-announced-2026-02-27","openai-memo-amazon-alliance","openai-aws-compute-2025","stargate"]
