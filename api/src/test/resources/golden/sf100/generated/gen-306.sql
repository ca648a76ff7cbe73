-- statements
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0 desc, t4.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json((select count(*)::int from (
                select distinct trim(o6.outlet) collate "C" as outlet from citation c7 join source s8 on s8.id = c7.source_id cross join lateral unnest(case when c7.credited_outlet is not null then string_to_array(c7.credited_outlet, ',') else array[coalesce(s8.publisher, s8.author, '“' || s8.title || '”')] end) as o6(outlet) where c7.statement_id = t4.id
              ) o9)), '{"$error":0}'::json) as "a0", t4.slug as "slug", coalesce(to_json(array(select o10.outlet from (
                select distinct trim(o11.outlet) collate "C" as outlet from citation c12 join source s13 on s13.id = c12.source_id cross join lateral unnest(case when c12.credited_outlet is not null then string_to_array(c12.credited_outlet, ',') else array[coalesce(s13.publisher, s13.author, '“' || s13.title || '”')] end) as o11(outlet) where c12.statement_id = t4.id
              ) o10 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", t4.channel as "channel", (
                select row_to_json(z14.*) from (
                  select (
                    select count(*) from citation q15 where q15.statement_id = t4.id
                  ) as "totalCount", ('[' || coalesce(a16.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n17.cursor order by n17.ord) filter (where n17.ord <= ?)) as cursors, string_agg(n17.l0::text, ',' order by n17.ord) filter (where n17.ord <= ?) as l0 from (
                      select row_number() over (order by t18.sort_0, t18.sort_1, t18.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t18.sort_0::text), dg_cursor_value(t18.sort_1::text)]::text[], t18.id) as cursor, (
                        select row_to_json(r19.*) from (
                          select t18.credited_outlet as "creditedOutlet", t18.start_offset as "a1", t18.end_offset as "endOffset", t18.excerpt as "excerpt"
                        ) r19
                      ) as l0 from (
                        select q15.*, q15.source_id as sort_0, q15.start_offset as sort_1 from citation q15 where q15.statement_id = t4.id order by q15.source_id, q15.start_offset, q15.id limit ?
                      ) t18
                    ) n17
                  ) a16
                ) z14
              ) as "citations"
            ) r5
          ) as l0 from (
            select q20.*, coalesce(q20.date_latest, q20.date_earliest, '-infinity'::date) as sort_0 from statement q20 where true order by coalesce(q20.date_latest, q20.date_earliest, '-infinity'::date) desc, q20.id desc limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"DATE:DESC",1,1,"SOURCE_POSITION:ASC",2,21]
