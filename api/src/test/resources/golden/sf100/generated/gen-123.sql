-- people
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from person q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select coalesce(to_json(dg_global_id('Person', t5.slug)), '{"$error":0}'::json) as "id", t5.slug as "slug", t5.name as "name", coalesce(to_json((select count(*)::int from (
                select distinct trim(o7.outlet) collate "C" as outlet from (
                  select cc8.source_id, cc8.credited_outlet, bool_or(cc8.credited_outlet is not null) over (partition by cc8.source_id) as credits from citation cc8 where cc8.person_id = t5.id
                ) c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') when c9.credits then array[]::text[] else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o7(outlet)
              ) o11)), '{"$error":1}'::json) as "corroboration"
            ) r6
          ) as l0 from (
            select q2.*, (lower(q2.name)) collate "C" as sort_0 from person q2 where true order by (lower(q2.name)) collate "C", q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [6,6,"NAME:ASC",7]
