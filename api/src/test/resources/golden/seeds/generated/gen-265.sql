-- nodes
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Event'::text as "__typename", coalesce(to_json(dg_global_id('Event', t2.slug)), '{"$error":0}'::json) as "id"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["microsoft-openai-earlier-agreement-adjustment"]
