-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.event_id = t5.id
        ) o6)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(array(select o7.outlet from (
          select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.event_id = t5.id
        ) o7 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", (
          select row_to_json(z11.*) from (
            select (
              select count(*) from citation q12 where q12.event_id = t5.id
            ) as "totalCount", ('[' || coalesce(a13.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors, string_agg(n14.l0::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l0 from (
                select row_number() over (order by t15.sort_0, t15.sort_1, t15.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text), dg_cursor_value(t15.sort_1::text)]::text[], t15.id) as cursor, (
                  select row_to_json(r16.*) from (
                    select t15.credited_outlet as "creditedOutlet", coalesce(to_json((
                      select (
                        select row_to_json(r17.*) from (
                          select c18.slug as "slug"
                        ) r17
                      ) from source c18 where c18.id = t15.source_id limit 1
                    )), '{"$error":2}'::json) as "source"
                  ) r16
                ) as l0 from (
                  select q12.*, q12.source_id as sort_0, q12.start_offset as sort_1 from citation q12 where q12.event_id = t5.id order by q12.source_id, q12.start_offset, q12.id limit ?
                ) t15
              ) n14
            ) a13
          ) z11
        ) as "citations"
      ) r1
    ) from event t5 where t5.slug = ? limit 1
  )
)::text
-- values: [20,20,"SOURCE_POSITION:ASC",21,"openai-revenue-chief-memo-reported-2026-04-13"]
