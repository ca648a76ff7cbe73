-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.person_id = t5.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o3(outlet)
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", (
          select row_to_json(z8.*) from (
            select (
              select count(*) from citation q9 where q9.person_id = t5.id
            ) as "totalCount", ('[' || coalesce(a10.l0, '') || ']')::json as "nodes", (
              select row_to_json(r11.*) from (
                select a10.fetched > ? as "hasNextPage", a10.cursors[1] as "startCursor", a10.cursors[array_length(a10.cursors, 1)] as "endCursor"
              ) r11
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n12.cursor order by n12.ord) filter (where n12.ord <= ?)) as cursors, string_agg(n12.l0::text, ',' order by n12.ord) filter (where n12.ord <= ?) as l0 from (
                select row_number() over (order by t13.sort_0, t13.sort_1, t13.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t13.sort_0::text), dg_cursor_value(t13.sort_1::text)]::text[], t13.id) as cursor, (
                  select row_to_json(r14.*) from (
                    select t13.credited_outlet as "creditedOutlet", t13.end_offset as "endOffset"
                  ) r14
                ) as l0 from (
                  select q9.*, q9.source_id as sort_0, q9.start_offset as sort_1 from citation q9 where (q9.person_id = t5.id) and ((q9.source_id, q9.start_offset, q9.id) > (cast(? as bigint), cast(? as integer), ?)) order by q9.source_id, q9.start_offset, q9.id limit ?
                ) t13
              ) n12
            ) a10
          ) z8
        ) as "citations"
      ) r1
    ) from person t5 where t5.slug = ? limit 1
  )
)::text
-- values: [2,2,2,"SOURCE_POSITION:ASC","5","1965",63,3,"denise-dresser"]
-- r2
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Commitment'::text as "__typename", coalesce(to_json(dg_global_id('Commitment', t2.slug)), '{"$error":0}'::json) as "id"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r3.*) from (
        select 'Event'::text as "__typename", coalesce(to_json(dg_global_id('Event', t4.slug)), '{"$error":1}'::json) as "id"
      ) r3
    ) from event t4 where t4.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["amazon-pledges-up-to-50b-investment","openai-revenue-chief-memo-reported-2026-04-13"]
