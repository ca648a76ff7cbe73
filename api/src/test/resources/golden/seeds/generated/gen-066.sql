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
          select distinct trim(o4.outlet) collate "C" as outlet from citation c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o4(outlet) where c5.event_id = t2.id
        ) o3 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", t2.description as "description", t2.slug as "a2", coalesce(to_json((case when t2.date_precision is null then null else (
          select row_to_json(r7.*) from (
            select t2.date_latest as "latest", coalesce(to_json(t2.date_precision), '{"$error":2}'::json) as "precision", t2.date_earliest as "a2"
          ) r7
        ) end)), '{"$error":3}'::json) as "date"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r8.*) from (
        select 'Statement'::text as "__typename", coalesce(to_json(dg_global_id('Statement', t9.slug)), '{"$error":4}'::json) as "id"
      ) r8
    ) from statement t9 where t9.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r10.*) from (
        select 'Deal'::text as "__typename", coalesce(to_json(dg_global_id('Deal', t11.slug)), '{"$error":5}'::json) as "id"
      ) r10
    ) from deal t11 where t11.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r12.*) from (
        select 'Deal'::text as "__typename", coalesce(to_json(dg_global_id('Deal', t13.slug)), '{"$error":6}'::json) as "id"
      ) r12
    ) from deal t13 where t13.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["amazon-openai-partnership-announced-2026-02-27","openai-memo-amazon-alliance","openai-aws-compute-2025","stargate"]
