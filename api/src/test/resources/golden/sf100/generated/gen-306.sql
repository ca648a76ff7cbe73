-- statements
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0 desc, t4.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json((select count(*)::int from (
                select distinct trim(o6.outlet) collate "C" as outlet from (
                  select cc7.source_id, cc7.credited_outlet, bool_or(cc7.credited_outlet is not null) over (partition by cc7.source_id) as credits from citation cc7 where cc7.statement_id = t4.id
                ) c8 join source s9 on s9.id = c8.source_id cross join lateral unnest(case when c8.credited_outlet is not null then string_to_array(c8.credited_outlet, ',') when c8.credits then array[]::text[] else array[coalesce(s9.publisher, s9.author, '“' || s9.title || '”')] end) as o6(outlet)
              ) o10)), '{"$error":0}'::json) as "a0", t4.slug as "slug", coalesce(to_json(array(select o11.outlet from (
                select distinct trim(o12.outlet) collate "C" as outlet from (
                  select cc13.source_id, cc13.credited_outlet, bool_or(cc13.credited_outlet is not null) over (partition by cc13.source_id) as credits from citation cc13 where cc13.statement_id = t4.id
                ) c14 join source s15 on s15.id = c14.source_id cross join lateral unnest(case when c14.credited_outlet is not null then string_to_array(c14.credited_outlet, ',') when c14.credits then array[]::text[] else array[coalesce(s15.publisher, s15.author, '“' || s15.title || '”')] end) as o12(outlet)
              ) o11 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", t4.channel as "channel", (
                select row_to_json(z16.*) from (
                  select (
                    select count(*) from citation q17 where q17.statement_id = t4.id
                  ) as "totalCount", ('[' || coalesce(a18.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n19.cursor order by n19.ord) filter (where n19.ord <= ?)) as cursors, string_agg(n19.l0::text, ',' order by n19.ord) filter (where n19.ord <= ?) as l0 from (
                      select row_number() over (order by t20.sort_0, t20.sort_1, t20.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t20.sort_0::text), dg_cursor_value(t20.sort_1::text)]::text[], t20.id) as cursor, (
                        select row_to_json(r21.*) from (
                          select t20.credited_outlet as "creditedOutlet", t20.start_offset as "a1", t20.end_offset as "endOffset", t20.excerpt as "excerpt"
                        ) r21
                      ) as l0 from (
                        select q17.*, q17.source_id as sort_0, q17.start_offset as sort_1 from citation q17 where q17.statement_id = t4.id order by q17.source_id, q17.start_offset, q17.id limit ?
                      ) t20
                    ) n19
                  ) a18
                ) z16
              ) as "citations"
            ) r5
          ) as l0 from (
            select q22.*, coalesce(q22.date_latest, q22.date_earliest, '-infinity'::date) as sort_0 from statement q22 where true order by coalesce(q22.date_latest, q22.date_earliest, '-infinity'::date) desc, q22.id desc limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"DATE:DESC",1,1,"SOURCE_POSITION:ASC",2,21]
