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
                    select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.event_id = t4.id
                  ) o7 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t4.description as "description", coalesce(to_json((select count(*)::int from (
                    select distinct trim(o11.outlet) collate "C" as outlet from citation c12 join source s13 on s13.id = c12.source_id cross join lateral unnest(case when c12.credited_outlet is not null then string_to_array(c12.credited_outlet, ',') else array[coalesce(s13.publisher, s13.author, '“' || s13.title || '”')] end) as o11(outlet) where c12.event_id = t4.id
                  ) o14)), '{"$error":1}'::json) as "a3"
                ) r6
              ) as "node"
            ) r5
          ) as l0 from (
            select q15.*, coalesce(q15.date_earliest, q15.date_latest, 'infinity'::date) as sort_0 from event q15 where (true) and ((coalesce(q15.date_earliest, q15.date_latest, 'infinity'::date), q15.id) > (cast(? as date), ?)) order by coalesce(q15.date_earliest, q15.date_latest, 'infinity'::date), q15.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"DATE:ASC","DATE:ASC","2016-08-09",10006466,21]
