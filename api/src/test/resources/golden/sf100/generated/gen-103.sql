-- nodes
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Statement'::text as "__typename"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r3.*) from (
        select 'Organization'::text as "__typename", t4.slug as "slug", t4.kind as "kind"
      ) r3
    ) from organization t4 where t4.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["statement-3366","meridian-energy-836"]
