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
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.event_id = t6.id
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", (
          select row_to_json(z7.*) from (
            select ('[' || coalesce(a8.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors, string_agg(n9.l0::text, ',' order by n9.ord) filter (where n9.ord <= ?) as l0 from (
                select row_number() over (order by t10.sort_0, t10.sort_1, t10.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text), dg_cursor_value(t10.sort_1::text)]::text[], t10.id) as cursor, (
                  select row_to_json(r11.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text), dg_cursor_value(t10.sort_1::text)]::text[], t10.id) as "cursor"
                  ) r11
                ) as l0 from (
                  select q12.*, q12.source_id as sort_0, q12.start_offset as sort_1 from citation q12 where q12.event_id = t6.id order by q12.source_id, q12.start_offset, q12.id limit ?
                ) t10
              ) n9
            ) a8
          ) z7
        ) as "citations"
      ) r1
    ) from event t6 where t6.slug = ? limit 1
  )
)::text
-- values: [3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,"microsoft-openai-restructuring-2026-04-announced"]
