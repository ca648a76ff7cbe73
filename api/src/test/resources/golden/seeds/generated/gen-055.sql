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
                select distinct trim(o8.outlet) collate "C" as outlet from (
                  select cc9.source_id, cc9.credited_outlet, bool_or(cc9.credited_outlet is not null) over (partition by cc9.source_id) as credits from citation cc9 where cc9.statement_id = t5.id
                ) c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') when c10.credits then array[]::text[] else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o8(outlet)
              ) o7 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t5.channel as "channel", (
                select row_to_json(z12.*) from (
                  select (
                    select count(*) from citation q13 where q13.statement_id = t5.id
                  ) as "totalCount", (
                    select row_to_json(r14.*) from (
                      select a15.cursors[array_length(a15.cursors, 1)] as "endCursor", a15.fetched > ? as "hasNextPage", exists (
                        select 1 from citation q13 where (q13.statement_id = t5.id) and (not (q13.source_id, q13.start_offset, q13.id) > (cast(? as bigint), cast(? as integer), ?))
                      ) as "hasPreviousPage"
                    ) r14
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n16.cursor order by n16.ord) filter (where n16.ord <= ?)) as cursors from (
                      select row_number() over (order by t17.sort_0, t17.sort_1, t17.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t17.sort_0::text), dg_cursor_value(t17.sort_1::text)]::text[], t17.id) as cursor from (
                        select q13.*, q13.source_id as sort_0, q13.start_offset as sort_1 from citation q13 where (q13.statement_id = t5.id) and ((q13.source_id, q13.start_offset, q13.id) > (cast(? as bigint), cast(? as integer), ?)) order by q13.source_id, q13.start_offset, q13.id limit ?
                      ) t17
                    ) n16
                  ) a15
                ) z12
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
