-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", t2.description as "description", t2.name as "name", t2.kind as "kind"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["microsoft"]
-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.event_id = t5.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o3(outlet)
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", (
          select row_to_json(z8.*) from (
            select ('[' || coalesce(a9.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors, string_agg(n10.l0::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l0 from (
                select row_number() over (order by t11.sort_0, t11.sort_1, t11.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text), dg_cursor_value(t11.sort_1::text)]::text[], t11.id) as cursor, (
                  select row_to_json(r12.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text), dg_cursor_value(t11.sort_1::text)]::text[], t11.id) as "cursor"
                  ) r12
                ) as l0 from (
                  select q13.*, q13.source_id as sort_0, q13.start_offset as sort_1 from citation q13 where q13.event_id = t5.id order by q13.source_id, q13.start_offset, q13.id limit ?
                ) t11
              ) n10
            ) a9
          ) z8
        ) as "citations"
      ) r1
    ) from event t5 where t5.slug = ? limit 1
  )
)::text
-- values: [3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,"microsoft-openai-restructuring-2026-04-announced"]
