-- nodes
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Commitment'::text as "__typename", t2.slug as "slug"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r3.*) from (
        select 'Commitment'::text as "__typename", t4.slug as "slug"
      ) r3
    ) from commitment t4 where t4.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r5.*) from (
        select 'Commitment'::text as "__typename", t6.slug as "slug"
      ) r5
    ) from commitment t6 where t6.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r7.*) from (
        select 'Commitment'::text as "__typename", t8.slug as "slug"
      ) r7
    ) from commitment t8 where t8.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r9.*) from (
        select 'Commitment'::text as "__typename", t10.slug as "slug"
      ) r9
    ) from commitment t10 where t10.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r11.*) from (
        select 'Commitment'::text as "__typename", t12.slug as "slug"
      ) r11
    ) from commitment t12 where t12.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r13.*) from (
        select 'Commitment'::text as "__typename", t14.slug as "slug"
      ) r13
    ) from commitment t14 where t14.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r15.*) from (
        select 'Commitment'::text as "__typename", t16.slug as "slug"
      ) r15
    ) from commitment t16 where t16.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r17.*) from (
        select 'Commitment'::text as "__typename", t18.slug as "slug"
      ) r17
    ) from commitment t18 where t18.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r19.*) from (
        select 'Commitment'::text as "__typename", t20.slug as "slug"
      ) r19
    ) from commitment t20 where t20.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["openai-continues-increasing-azure-use-2025-01","stargate-invests-500b-over-four-years","stargate-deploys-100b-immediately","openai-commits-significant-resources-to-aws-2025","amazon-pledges-up-to-50b-investment","openai-ramps-up-aws-infrastructure-spending","openai-uses-trainium-for-training","amazon-invests-50b-in-openai-announced","openai-consumes-2gw-trainium-on-aws","microsoft-invests-billions-in-openai"]
