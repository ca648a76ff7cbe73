-- nodes
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Source'::text as "__typename", t2.file_name as "fileName", t2.url as "url", to_char(t2.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "publishedAt"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r3.*) from (
        select 'Organization'::text as "__typename"
      ) r3
    ) from organization t4 where t4.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["generated-article-89","cirrus-power-228"]
-- r2
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Organization'::text as "__typename", coalesce(to_json(dg_global_id('Organization', t2.slug)), '{"$error":0}'::json) as "id"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r3.*) from (
        select 'Organization'::text as "__typename", coalesce(to_json(dg_global_id('Organization', t4.slug)), '{"$error":1}'::json) as "id"
      ) r3
    ) from organization t4 where t4.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["vector-power-619","meridian-energy-879"]
