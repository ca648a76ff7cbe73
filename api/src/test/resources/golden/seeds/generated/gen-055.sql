-- statements
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from statement q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0 desc, t5.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select coalesce(to_json(array(select o7.outlet from (
                select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.statement_id = t5.id
              ) o7 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t5.channel as "channel", (
                select row_to_json(z11.*) from (
                  select (
                    select count(*) from citation q12 where q12.statement_id = t5.id
                  ) as "totalCount", (
                    select row_to_json(r13.*) from (
                      select a14.cursors[array_length(a14.cursors, 1)] as "endCursor", a14.fetched > ? as "hasNextPage", exists (
                        select 1 from citation q12 where (q12.statement_id = t5.id) and (not (q12.source_id, q12.start_offset, q12.id) > (cast(? as bigint), cast(? as integer), ?))
                      ) as "hasPreviousPage"
                    ) r13
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors from (
                      select row_number() over (order by t16.sort_0, t16.sort_1, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text), dg_cursor_value(t16.sort_1::text)]::text[], t16.id) as cursor from (
                        select q12.*, q12.source_id as sort_0, q12.start_offset as sort_1 from citation q12 where (q12.statement_id = t5.id) and ((q12.source_id, q12.start_offset, q12.id) > (cast(? as bigint), cast(? as integer), ?)) order by q12.source_id, q12.start_offset, q12.id limit ?
                      ) t16
                    ) n15
                  ) a14
                ) z11
              ) as "citations"
            ) r6
          ) as l0 from (
            select q2.*, coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) as sort_0 from statement q2 where (true) and ((coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date), q2.id) < (cast(? as date), ?)) order by coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) desc, q2.id desc limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [20,20,"DATE:DESC",2,"5","818",70,2,"SOURCE_POSITION:ASC","5","818",70,3,"-infinity",6,21]
