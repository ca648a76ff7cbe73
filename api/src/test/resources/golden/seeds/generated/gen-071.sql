-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.status as "status"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["amazon-openai-stateful-runtime"]
-- r2
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from person q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select coalesce(to_json(array(select o7.outlet from (
                select distinct trim(o8.outlet) collate "C" as outlet from (
                  select cc9.source_id, cc9.credited_outlet, bool_or(cc9.credited_outlet is not null) over (partition by cc9.source_id) as credits from citation cc9 where cc9.person_id = t5.id
                ) c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') when c10.credits then array[]::text[] else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o8(outlet)
              ) o7 order by 1 limit 100)), '{"$error":0}'::json) as "outlets"
            ) r6
          ) as l0 from (
            select q2.*, (lower(q2.name)) collate "C" as sort_0 from person q2 where true order by (lower(q2.name)) collate "C", q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [5,5,"NAME:ASC",6]
