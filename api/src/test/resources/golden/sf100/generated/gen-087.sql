-- nodes
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Organization'::text as "__typename"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r3.*) from (
        select 'Event'::text as "__typename"
      ) r3
    ) from event t4 where t4.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r5.*) from (
        select 'Organization'::text as "__typename"
      ) r5
    ) from organization t6 where t6.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["stratus-power-173","event-7641-1","beacon-holdings-675"]
