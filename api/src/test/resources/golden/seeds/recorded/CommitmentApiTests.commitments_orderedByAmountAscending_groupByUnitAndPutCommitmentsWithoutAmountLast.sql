-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.sort_1, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text), dg_cursor_value(t4.sort_1::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.slug as "slug", (case when t4.amount is null then null else (
                select row_to_json(r6.*) from (
                  select coalesce(to_json(trim_scale(t4.amount)::text), '{"$error":0}'::json) as "amount", coalesce(to_json(t4.unit), '{"$error":1}'::json) as "unit"
                ) r6
              ) end) as "quantity"
            ) r5
          ) as l0 from (
            select q7.*, (coalesce(q7.unit || coalesce(':' || q7.currency, ':' || q7.count_of, ''), '~')) collate "C" as sort_0, coalesce(q7.amount, 'Infinity'::numeric) as sort_1 from commitment q7 where true order by (coalesce(q7.unit || coalesce(':' || q7.currency, ':' || q7.count_of, ''), '~')) collate "C", coalesce(q7.amount, 'Infinity'::numeric), q7.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"AMOUNT:ASC",21]
