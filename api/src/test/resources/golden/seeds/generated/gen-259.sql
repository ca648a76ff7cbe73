-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.person_id = t6.id
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", (
          select row_to_json(z7.*) from (
            select (
              select count(*) from citation q8 where q8.person_id = t6.id
            ) as "totalCount", ('[' || coalesce(a9.l0, '') || ']')::json as "nodes", (
              select row_to_json(r10.*) from (
                select a9.fetched > ? as "hasNextPage", a9.cursors[1] as "startCursor", a9.cursors[array_length(a9.cursors, 1)] as "endCursor"
              ) r10
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors, string_agg(n11.l0::text, ',' order by n11.ord) filter (where n11.ord <= ?) as l0 from (
                select row_number() over (order by t12.sort_0, t12.sort_1, t12.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text), dg_cursor_value(t12.sort_1::text)]::text[], t12.id) as cursor, (
                  select row_to_json(r13.*) from (
                    select t12.credited_outlet as "creditedOutlet", t12.end_offset as "endOffset"
                  ) r13
                ) as l0 from (
                  select q8.*, q8.source_id as sort_0, q8.start_offset as sort_1 from citation q8 where (q8.person_id = t6.id) and ((q8.source_id, q8.start_offset, q8.id) > (cast(? as bigint), cast(? as integer), ?)) order by q8.source_id, q8.start_offset, q8.id limit ?
                ) t12
              ) n11
            ) a9
          ) z7
        ) as "citations"
      ) r1
    ) from person t6 where t6.slug = ? limit 1
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
