-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.deal_id = t5.id
        ) o6)), '{"$error":0}'::json) as "corroboration", (
          select row_to_json(z7.*) from (
            select (
              select count(*) from statement q8 where q8.deal_id = t5.id
            ) as "totalCount", ('[' || coalesce(a9.l0, '') || ']')::json as "nodes", (
              select row_to_json(r10.*) from (
                select a9.cursors[array_length(a9.cursors, 1)] as "endCursor", a9.cursors[1] as "startCursor", false as "hasPreviousPage", a9.fetched > ? as "a3"
              ) r10
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors, string_agg(n11.l0::text, ',' order by n11.ord) filter (where n11.ord <= ?) as l0 from (
                select row_number() over (order by t12.sort_0 desc, t12.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text)]::text[], t12.id) as cursor, (
                  select row_to_json(r13.*) from (
                    select t12.slug as "slug", t12.quote as "quote"
                  ) r13
                ) as l0 from (
                  select q8.*, coalesce(q8.date_latest, q8.date_earliest, '-infinity'::date) as sort_0 from statement q8 where q8.deal_id = t5.id order by coalesce(q8.date_latest, q8.date_earliest, '-infinity'::date) desc, q8.id desc limit ?
                ) t12
              ) n11
            ) a9
          ) z7
        ) as "statements"
      ) r1
    ) from deal t5 where t5.slug = ? limit 1
  )
)::text
-- values: [2,2,2,"DATE:DESC",3,"amazon-openai-stateful-runtime"]
