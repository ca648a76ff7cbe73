-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "a0", t2.quote as "quote", coalesce(to_json(dg_global_id('Statement', t2.slug)), '{"$error":0}'::json) as "id", (
          select row_to_json(z3.*) from (
            select (
              select row_to_json(r4.*) from (
                select a5.cursors[array_length(a5.cursors, 1)] as "endCursor", false as "hasPreviousPage"
              ) r4
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors from (
                select row_number() over (order by t7.sort_0, t7.sort_1, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text), dg_cursor_value(t7.sort_1::text)]::text[], t7.id) as cursor from (
                  select q8.*, q8.source_id as sort_0, q8.start_offset as sort_1 from citation q8 where q8.statement_id = t2.id order by q8.source_id, q8.start_offset, q8.id limit ?
                ) t7
              ) n6
            ) a5
          ) z3
        ) as "citations"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: [3,"SOURCE_POSITION:ASC",4,"openai-memo-amazon-alliance"]
