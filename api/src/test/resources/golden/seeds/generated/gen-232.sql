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
                select distinct trim(o7.outlet) collate "C" as outlet from (
                  select cc8.source_id, cc8.credited_outlet, bool_or(cc8.credited_outlet is not null) over (partition by cc8.source_id) as credits from citation cc8 where cc8.person_id = t4.id
                ) c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') when c9.credits then array[]::text[] else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o7(outlet)
              ) o11)), '{"$error":1}'::json) as "corroboration", coalesce(to_json(array(select o12.outlet from (
                select distinct trim(o13.outlet) collate "C" as outlet from (
                  select cc14.source_id, cc14.credited_outlet, bool_or(cc14.credited_outlet is not null) over (partition by cc14.source_id) as credits from citation cc14 where cc14.person_id = t4.id
                ) c15 join source s16 on s16.id = c15.source_id cross join lateral unnest(case when c15.credited_outlet is not null then string_to_array(c15.credited_outlet, ',') when c15.credits then array[]::text[] else array[coalesce(s16.publisher, s16.author, '“' || s16.title || '”')] end) as o13(outlet)
              ) o12 order by 1 limit 100)), '{"$error":2}'::json) as "outlets"
            ) r6
          ) as l1 from (
            select q17.*, (lower(q17.name)) collate "C" as sort_0 from person q17 where q17.organization_id = (
              select s18.id from organization s18 where s18.slug = ?
            ) order by (lower(q17.name)) collate "C", q17.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,20,"NAME:ASC","NAME:ASC","alphabet",21]
