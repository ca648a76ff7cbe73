-- events
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", (
                select row_to_json(r6.*) from (
                  select t4.title as "title", coalesce(to_json(array(select o7.outlet from (
                    select distinct trim(o8.outlet) collate "C" as outlet from (
                      select cc9.source_id, cc9.credited_outlet, bool_or(cc9.credited_outlet is not null) over (partition by cc9.source_id) as credits from citation cc9 where cc9.event_id = t4.id
                    ) c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') when c10.credits then array[]::text[] else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o8(outlet)
                  ) o7 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t4.description as "description", coalesce(to_json((select count(*)::int from (
                    select distinct trim(o12.outlet) collate "C" as outlet from (
                      select cc13.source_id, cc13.credited_outlet, bool_or(cc13.credited_outlet is not null) over (partition by cc13.source_id) as credits from citation cc13 where cc13.event_id = t4.id
                    ) c14 join source s15 on s15.id = c14.source_id cross join lateral unnest(case when c14.credited_outlet is not null then string_to_array(c14.credited_outlet, ',') when c14.credits then array[]::text[] else array[coalesce(s15.publisher, s15.author, '“' || s15.title || '”')] end) as o12(outlet)
                  ) o16)), '{"$error":1}'::json) as "a3"
                ) r6
              ) as "node"
            ) r5
          ) as l0 from (
            select q17.*, coalesce(q17.date_earliest, q17.date_latest, 'infinity'::date) as sort_0 from event q17 where (true) and ((coalesce(q17.date_earliest, q17.date_latest, 'infinity'::date), q17.id) > (cast(? as date), ?)) order by coalesce(q17.date_earliest, q17.date_latest, 'infinity'::date), q17.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"DATE:ASC","DATE:ASC","2016-08-09",10006466,21]
