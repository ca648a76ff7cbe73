-- r1
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Event'::text as "__typename", coalesce(to_json(dg_global_id('Event', t2.slug)), '{"$error":0}'::json) as "id"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r3.*) from (
        select 'Deal'::text as "__typename", coalesce(to_json(dg_global_id('Deal', t4.slug)), '{"$error":1}'::json) as "id"
      ) r3
    ) from deal t4 where t4.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["microsoft-openai-restructuring-2026-04-announced","openai-models-on-aws"]
-- organizationByName
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", t2.kind as "kind", t2.name as "a2", (
          select row_to_json(z3.*) from (
            select (
              select count(*) from commitment q4 join commitment_timing x5 on x5.commitment_id = q4.id where (q4.committer_id = t2.id) and (in_force(cast(? as date), x5.start_earliest, x5.start_latest, x5.start_precision, x5.end_earliest, x5.end_latest, x5.end_precision) <> 'FALSE')
            ) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "edges", (
              select row_to_json(r7.*) from (
                select a6.fetched > ? as "hasNextPage"
              ) r7
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
                select row_number() over (order by t9.sort_0, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor, (
                  select row_to_json(r10.*) from (
                    select t9.in_force as "inForce", dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as "cursor"
                  ) r10
                ) as l0 from (
                  select q4.*, coalesce(q4.date_earliest, q4.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x5.start_earliest, x5.start_latest, x5.start_precision, x5.end_earliest, x5.end_latest, x5.end_precision) as in_force from commitment q4 join commitment_timing x5 on x5.commitment_id = q4.id where (q4.committer_id = t2.id) and (in_force(cast(? as date), x5.start_earliest, x5.start_latest, x5.start_precision, x5.end_earliest, x5.end_latest, x5.end_precision) <> 'FALSE') and ((coalesce(q4.date_earliest, q4.date_latest, 'infinity'::date), q4.id) > (cast(? as date), ?)) order by coalesce(q4.date_earliest, q4.date_latest, 'infinity'::date), q4.id limit ?
                ) t9
              ) n8
            ) a6
          ) z3
        ) as "commitmentsMade"
      ) r1
    ) from organization t2 where lower(t2.name) = lower(?) or exists (select 1 from organization_alias a11 where a11.organization_id = t2.id and lower(a11.value) = lower(?)) order by t2.id limit 1
  )
)::text
-- values: ["2025-01-21",1,1,1,"DATE:ASC","DATE:ASC","2025-01-21","2025-01-21","2026-01-01",4,2,"Stargate","Stargate"]
