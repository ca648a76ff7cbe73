-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json((select count(*)::int from (
                select distinct trim(o6.outlet) collate "C" as outlet from citation c7 join source s8 on s8.id = c7.source_id cross join lateral unnest(case when c7.credited_outlet is not null then string_to_array(c7.credited_outlet, ',') else array[coalesce(s8.publisher, s8.author, '“' || s8.title || '”')] end) as o6(outlet) where c7.commitment_id = t4.id
              ) o9)), '{"$error":0}'::json) as "corroboration", t4.amount_text as "amountText", coalesce(to_json(array(select o10.outlet from (
                select distinct trim(o11.outlet) collate "C" as outlet from citation c12 join source s13 on s13.id = c12.source_id cross join lateral unnest(case when c12.credited_outlet is not null then string_to_array(c12.credited_outlet, ',') else array[coalesce(s13.publisher, s13.author, '“' || s13.title || '”')] end) as o11(outlet) where c12.commitment_id = t4.id
              ) o10 order by 1 limit 100)), '{"$error":1}'::json) as "outlets"
            ) r5
          ) as l0 from (
            select q14.*, coalesce(q14.date_earliest, q14.date_latest, 'infinity'::date) as sort_0 from commitment q14 where true order by coalesce(q14.date_earliest, q14.date_latest, 'infinity'::date), q14.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [6,6,"DATE:ASC",7]
