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
          select distinct trim(o4.outlet) collate "C" as outlet from (
            select cc5.source_id, cc5.credited_outlet, bool_or(cc5.credited_outlet is not null) over (partition by cc5.source_id) as credits from citation cc5 where cc5.event_id = t2.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o4(outlet)
        ) o3 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", t2.title as "title", (
          select row_to_json(z8.*) from (
            select ('[' || coalesce(a9.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors, string_agg(n10.l0::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l0 from (
                select row_number() over (order by t11.sort_0, t11.sort_1, t11.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text), dg_cursor_value(t11.sort_1::text)]::text[], t11.id) as cursor, (
                  select row_to_json(r12.*) from (
                    select t11.start_offset as "startOffset"
                  ) r12
                ) as l0 from (
                  select q13.*, q13.source_id as sort_0, q13.start_offset as sort_1 from citation q13 where q13.event_id = t2.id order by q13.source_id, q13.start_offset, q13.id limit ?
                ) t11
              ) n10
            ) a9
          ) z8
        ) as "citations"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: [2,2,"SOURCE_POSITION:ASC",3,"openai-revenue-chief-memo-reported-2026-04-13"]
