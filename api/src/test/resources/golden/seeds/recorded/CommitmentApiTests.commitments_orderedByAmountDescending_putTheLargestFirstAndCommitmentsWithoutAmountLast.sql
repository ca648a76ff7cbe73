-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0 desc, t4.sort_1 desc, t4.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text), dg_cursor_value(t4.sort_1::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.slug as "slug"
            ) r5
          ) as l0 from (
            select q6.*, (coalesce(q6.unit || coalesce(':' || q6.currency, ':' || q6.count_of, ''), '')) collate "C" as sort_0, coalesce(q6.amount, '-Infinity'::numeric) as sort_1 from commitment q6 where true order by (coalesce(q6.unit || coalesce(':' || q6.currency, ':' || q6.count_of, ''), '')) collate "C" desc, coalesce(q6.amount, '-Infinity'::numeric) desc, q6.id desc limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"AMOUNT:DESC",21]
