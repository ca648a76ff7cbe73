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
        select 'Commitment'::text as "__typename"
      ) r3
    ) from commitment t4 where t4.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r5.*) from (
        select 'Organization'::text as "__typename"
      ) r5
    ) from organization t6 where t6.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["dresser-memo-aws-demand-staggering","amazon-pledges-up-to-50b-investment","alphabet"]
