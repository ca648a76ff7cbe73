-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(coalesce((
          select in_force(cast(? as date), x2.start_earliest, x2.start_latest, x2.start_precision, x2.end_earliest, x2.end_latest, x2.end_precision) from commitment_timing x2 where x2.commitment_id = t3.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", t3.modality as "modality", t3.claim_group as "claimGroup", t3.description as "description"
      ) r1
    ) from commitment t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2026-04-28","amazon-pledges-up-to-50b-investment"]
-- sources
select (
  '{"$error":0}'::json
)::text
-- values: []
-- nodes
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Event'::text as "__typename", coalesce(to_json(dg_global_id('Event', t2.slug)), '{"$error":0}'::json) as "id", coalesce(to_json(array(select o3.outlet from (
          select distinct trim(o4.outlet) collate "C" as outlet from citation c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o4(outlet) where c5.event_id = t2.id
        ) o3 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", t2.title as "title", (
          select row_to_json(z7.*) from (
            select ('[' || coalesce(a8.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors, string_agg(n9.l0::text, ',' order by n9.ord) filter (where n9.ord <= ?) as l0 from (
                select row_number() over (order by t10.sort_0, t10.sort_1, t10.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text), dg_cursor_value(t10.sort_1::text)]::text[], t10.id) as cursor, (
                  select row_to_json(r11.*) from (
                    select t10.start_offset as "startOffset"
                  ) r11
                ) as l0 from (
                  select q12.*, q12.source_id as sort_0, q12.start_offset as sort_1 from citation q12 where q12.event_id = t2.id order by q12.source_id, q12.start_offset, q12.id limit ?
                ) t10
              ) n9
            ) a8
          ) z7
        ) as "citations"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: [2,2,"SOURCE_POSITION:ASC",3,"openai-revenue-chief-memo-reported-2026-04-13"]
