-- nodes
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Organization'::text as "__typename", t2.slug as "slug"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r3.*) from (
        select 'Deal'::text as "__typename", t4.slug as "slug"
      ) r3
    ) from deal t4 where t4.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r5.*) from (
        select 'Person'::text as "__typename", t6.slug as "slug"
      ) r5
    ) from person t6 where t6.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r7.*) from (
        select 'Deal'::text as "__typename", t8.slug as "slug"
      ) r7
    ) from deal t8 where t8.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r9.*) from (
        select 'Source'::text as "__typename", t10.slug as "slug"
      ) r9
    ) from source t10 where t10.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r11.*) from (
        select 'Event'::text as "__typename", t12.slug as "slug"
      ) r11
    ) from event t12 where t12.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r13.*) from (
        select 'Organization'::text as "__typename", t14.slug as "slug"
      ) r13
    ) from organization t14 where t14.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r15.*) from (
        select 'Organization'::text as "__typename", t16.slug as "slug"
      ) r15
    ) from organization t16 where t16.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["aws","stargate","denise-dresser","no-such-deal","cloud-politics-heat-up","stargate-launch-2025-01-21","amazon","aws"]
