-- r1
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[1] as "startCursor"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor", (
                select row_to_json(r7.*) from (
                  select t5.slug as "slug", coalesce(to_json(dg_global_id('Person', t5.slug)), '{"$error":0}'::json) as "a1", t5.name as "name", coalesce(to_json(array(select o8.outlet from (
                    select distinct trim(o9.outlet) collate "C" as outlet from (
                      select cc10.source_id, cc10.credited_outlet, bool_or(cc10.credited_outlet is not null) over (partition by cc10.source_id) as credits from citation cc10 where cc10.person_id = t5.id
                    ) c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') when c11.credits then array[]::text[] else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o9(outlet)
                  ) o8 order by 1 limit 100)), '{"$error":1}'::json) as "outlets"
                ) r7
              ) as "node"
            ) r6
          ) as l0 from (
            select q13.*, (lower(q13.name)) collate "C" as sort_0 from person q13 where true order by (lower(q13.name)) collate "C", q13.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [5,5,"NAME:ASC","NAME:ASC",6]
