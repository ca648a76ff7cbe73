-- people
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges", ('[' || coalesce(a2.l1, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0, string_agg(n3.l1::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l1 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor"
            ) r5
          ) as l0, (
            select row_to_json(r6.*) from (
              select coalesce(to_json(dg_global_id('Person', t4.slug)), '{"$error":0}'::json) as "a0", t4.slug as "slug", coalesce(to_json((select count(*)::int from (
                select distinct trim(o7.outlet) collate "C" as outlet from citation c8 join source s9 on s9.id = c8.source_id cross join lateral unnest(case when c8.credited_outlet is not null then string_to_array(c8.credited_outlet, ',') else array[coalesce(s9.publisher, s9.author, '“' || s9.title || '”')] end) as o7(outlet) where c8.person_id = t4.id
              ) o10)), '{"$error":1}'::json) as "corroboration", coalesce(to_json(array(select o11.outlet from (
                select distinct trim(o12.outlet) collate "C" as outlet from citation c13 join source s14 on s14.id = c13.source_id cross join lateral unnest(case when c13.credited_outlet is not null then string_to_array(c13.credited_outlet, ',') else array[coalesce(s14.publisher, s14.author, '“' || s14.title || '”')] end) as o12(outlet) where c13.person_id = t4.id
              ) o11 order by 1 limit 100)), '{"$error":2}'::json) as "outlets"
            ) r6
          ) as l1 from (
            select q15.*, (lower(q15.name)) collate "C" as sort_0 from person q15 where q15.organization_id = (
              select s16.id from organization s16 where s16.slug = ?
            ) order by (lower(q15.name)) collate "C", q15.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,20,"NAME:ASC","NAME:ASC","alphabet",21]
