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
        select 'Organization'::text as "__typename", coalesce(to_json(dg_global_id('Organization', t4.slug)), '{"$error":1}'::json) as "id"
      ) r3
    ) from organization t4 where t4.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r5.*) from (
        select 'Organization'::text as "__typename", coalesce(to_json(dg_global_id('Organization', t6.slug)), '{"$error":2}'::json) as "id"
      ) r5
    ) from organization t6 where t6.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r7.*) from (
        select 'Organization'::text as "__typename", coalesce(to_json(dg_global_id('Organization', t8.slug)), '{"$error":3}'::json) as "id"
      ) r7
    ) from organization t8 where t8.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["commitment-4101-3","harbor-labs-441","apex-infrastructure-101","zenith-analytics-167"]
-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.quote as "quote", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.statement_id = t2.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o3(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", t2.channel as "channel", t2.slug as "slug"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["statement-1618"]
