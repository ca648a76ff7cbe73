-- statements
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from statement q2 where true
      ) as "totalCount", (
        select row_to_json(r3.*) from (
          select false as "hasPreviousPage", a4.fetched > ? as "hasNextPage"
        ) r3
      ) as "pageInfo", ('[' || coalesce(a4.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0 desc, t6.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select t6.channel as "channel", (
                select row_to_json(z8.*) from (
                  select (
                    select count(*) from citation q9 where q9.statement_id = t6.id
                  ) as "totalCount", ('[' || coalesce(a10.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors, string_agg(n11.l0::text, ',' order by n11.ord) filter (where n11.ord <= ?) as l0 from (
                      select row_number() over (order by t12.sort_0, t12.sort_1, t12.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text), dg_cursor_value(t12.sort_1::text)]::text[], t12.id) as cursor, (
                        select row_to_json(r13.*) from (
                          select t12.end_offset as "a0", t12.excerpt as "excerpt"
                        ) r13
                      ) as l0 from (
                        select q9.*, q9.source_id as sort_0, q9.start_offset as sort_1 from citation q9 where (q9.statement_id = t6.id) and ((q9.source_id, q9.start_offset, q9.id) > (cast(? as bigint), cast(? as integer), ?)) order by q9.source_id, q9.start_offset, q9.id limit ?
                      ) t12
                    ) n11
                  ) a10
                ) z8
              ) as "citations"
            ) r7
          ) as l0 from (
            select q2.*, coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) as sort_0 from statement q2 where true order by coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) desc, q2.id desc limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: [1,1,1,"DATE:DESC",1,1,"SOURCE_POSITION:ASC","10000062","1321",94664,2,2]
-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.quote as "quote", (case when t2.date_precision is null then null else (
          select row_to_json(r3.*) from (
            select coalesce(to_json(dg_fuzzy_display(t2.date_earliest, t2.date_latest, t2.date_precision)), '{"$error":0}'::json) as "display"
          ) r3
        ) end) as "date", (
          select row_to_json(z4.*) from (
            select (
              select count(*) from citation q5 where q5.statement_id = t2.id
            ) as "totalCount", (
              select row_to_json(r6.*) from (
                select a7.cursors[1] as "startCursor"
              ) r6
            ) as "pageInfo", ('[' || coalesce(a7.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
                select row_number() over (order by t9.sort_0, t9.sort_1, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text), dg_cursor_value(t9.sort_1::text)]::text[], t9.id) as cursor, (
                  select row_to_json(r10.*) from (
                    select t9.credited_outlet as "creditedOutlet"
                  ) r10
                ) as l0 from (
                  select q5.*, q5.source_id as sort_0, q5.start_offset as sort_1 from citation q5 where q5.statement_id = t2.id order by q5.source_id, q5.start_offset, q5.id limit ?
                ) t9
              ) n8
            ) a7
          ) z4
        ) as "citations"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: [1,1,"SOURCE_POSITION:ASC",2,"statement-3961"]
