-- node
select (
  (
    select (
      select row_to_json(r1.*) from (
        select 'Deal'::text as "__typename", coalesce(to_json(dg_global_id('Deal', t2.slug)), '{"$error":0}'::json) as "id"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["microsoft-openai-restructuring-2026-04"]
-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.description as "description", (
          select (
            select row_to_json(r3.*) from (
              select c4.slug as "a0", (
                select row_to_json(z5.*) from (
                  select (
                    select row_to_json(r6.*) from (
                      select a7.cursors[1] as "startCursor"
                    ) r6
                  ) as "pageInfo", ('[' || coalesce(a7.l0, '') || ']')::json as "edges" from (
                    select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
                      select row_number() over (order by t9.sort_0, t9.sort_1, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text), dg_cursor_value(t9.sort_1::text)]::text[], t9.id) as cursor, (
                        select row_to_json(r10.*) from (
                          select dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text), dg_cursor_value(t9.sort_1::text)]::text[], t9.id) as "a0"
                        ) r10
                      ) as l0 from (
                        select q11.*, q11.source_id as sort_0, q11.start_offset as sort_1 from citation q11 where (q11.deal_id = c4.id) and ((q11.source_id, q11.start_offset, q11.id) > (cast(? as bigint), cast(? as integer), ?)) order by q11.source_id, q11.start_offset, q11.id limit ?
                      ) t9
                    ) n8
                  ) a7
                ) z5
              ) as "citations"
            ) r3
          ) from deal c4 where c4.id = t2.deal_id limit 1
        ) as "deal", coalesce(to_json((
          select (
            select row_to_json(r12.*) from (
              select c13.kind as "kind"
            ) r12
          ) from organization c13 where c13.id = t2.committer_id limit 1
        )), '{"$error":0}'::json) as "committer"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: [3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC","5","466",31,4,"microsoft-invests-billions-in-openai"]
