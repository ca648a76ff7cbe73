-- r1
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes", ('[' || coalesce(a2.l1, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0, string_agg(n3.l1::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l1 from (
          select row_number() over (order by t4.sort_0 desc, t4.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.slug as "slug", (case when t4.date_precision is null then null else (
                select row_to_json(r6.*) from (
                  select coalesce(to_json(dg_fuzzy_display(t4.date_earliest, t4.date_latest, t4.date_precision)), '{"$error":0}'::json) as "display", coalesce(to_json(t4.date_precision), '{"$error":1}'::json) as "precision"
                ) r6
              ) end) as "date"
            ) r5
          ) as l0, (
            select row_to_json(r7.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", (
                select row_to_json(r8.*) from (
                  select coalesce(to_json((select count(*)::int from (
                    select distinct trim(o9.outlet) collate "C" as outlet from (
                      select cc10.source_id, cc10.credited_outlet, bool_or(cc10.credited_outlet is not null) over (partition by cc10.source_id) as credits from citation cc10 where cc10.statement_id = t4.id
                    ) c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') when c11.credits then array[]::text[] else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o9(outlet)
                  ) o13)), '{"$error":2}'::json) as "corroboration"
                ) r8
              ) as "node"
            ) r7
          ) as l1 from (
            select q14.*, coalesce(q14.date_latest, q14.date_earliest, '-infinity'::date) as sort_0 from statement q14 where (true) and ((coalesce(q14.date_latest, q14.date_earliest, '-infinity'::date), q14.id) < (cast(? as date), ?)) order by coalesce(q14.date_latest, q14.date_earliest, '-infinity'::date) desc, q14.id desc limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [1,1,1,"DATE:DESC","DATE:DESC","2026-04-13",2,2]
