-- statements
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from statement q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0 desc, t5.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor", (
                select row_to_json(r7.*) from (
                  select t5.channel as "channel", coalesce(to_json(dg_global_id('Statement', t5.slug)), '{"$error":0}'::json) as "id", t5.slug as "slug", (case when t5.date_precision is null then null else (
                    select row_to_json(r8.*) from (
                      select coalesce(to_json(t5.date_text), '{"$error":1}'::json) as "text", coalesce(to_json(dg_fuzzy_display(t5.date_earliest, t5.date_latest, t5.date_precision)), '{"$error":2}'::json) as "display"
                    ) r8
                  ) end) as "date"
                ) r7
              ) as "node"
            ) r6
          ) as l0 from (
            select q2.*, coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) as sort_0 from statement q2 where true order by coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) desc, q2.id desc limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [4,4,"DATE:DESC","DATE:DESC",5]
