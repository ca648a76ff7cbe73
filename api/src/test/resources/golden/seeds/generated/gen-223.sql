-- exclusivityTerms
select (
  '{"$error":0}'::json
)::text
-- values: []
-- r2
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[1] as "startCursor"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select coalesce(to_json((select count(*)::int from (
                select distinct trim(o7.outlet) collate "C" as outlet from citation c8 join source s9 on s9.id = c8.source_id cross join lateral unnest(case when c8.credited_outlet is not null then string_to_array(c8.credited_outlet, ',') else array[coalesce(s9.publisher, s9.author, '“' || s9.title || '”')] end) as o7(outlet) where c8.person_id = t5.id
              ) o10)), '{"$error":0}'::json) as "a0", t5.name as "name", t5.role as "a2"
            ) r6
          ) as l0 from (
            select q11.*, (lower(q11.name)) collate "C" as sort_0 from person q11 where true order by (lower(q11.name)) collate "C", q11.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [5,5,"NAME:ASC",6]
