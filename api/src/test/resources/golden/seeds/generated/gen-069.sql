-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from (
            select cc3.source_id, cc3.credited_outlet, bool_or(cc3.credited_outlet is not null) over (partition by cc3.source_id) as credits from citation cc3 where cc3.deal_id = t4.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o2(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", (
          select row_to_json(z8.*) from (
            select (
              select count(*) from statement q9 where q9.deal_id = t4.id
            ) as "totalCount", ('[' || coalesce(a10.l0, '') || ']')::json as "nodes", (
              select row_to_json(r11.*) from (
                select a10.cursors[array_length(a10.cursors, 1)] as "endCursor", a10.cursors[1] as "startCursor", false as "hasPreviousPage", a10.fetched > ? as "a3"
              ) r11
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n12.cursor order by n12.ord) filter (where n12.ord <= ?)) as cursors, string_agg(n12.l0::text, ',' order by n12.ord) filter (where n12.ord <= ?) as l0 from (
                select row_number() over (order by t13.sort_0 desc, t13.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t13.sort_0::text)]::text[], t13.id) as cursor, (
                  select row_to_json(r14.*) from (
                    select t13.slug as "slug", t13.quote as "quote"
                  ) r14
                ) as l0 from (
                  select q9.*, coalesce(q9.date_latest, q9.date_earliest, '-infinity'::date) as sort_0 from statement q9 where q9.deal_id = t4.id order by coalesce(q9.date_latest, q9.date_earliest, '-infinity'::date) desc, q9.id desc limit ?
                ) t13
              ) n12
            ) a10
          ) z8
        ) as "statements"
      ) r1
    ) from deal t4 where t4.slug = ? limit 1
  )
)::text
-- values: [2,2,2,"DATE:DESC",3,"amazon-openai-stateful-runtime"]
