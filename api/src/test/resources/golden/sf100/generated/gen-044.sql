-- statements
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from statement q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes", (
        select row_to_json(r4.*) from (
          select a3.cursors[1] as "startCursor", false as "hasPreviousPage"
        ) r4
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0 desc, t6.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select t6.channel as "channel", t6.quote as "quote", coalesce(to_json(array(select o8.outlet from (
                select distinct trim(o9.outlet) collate "C" as outlet from (
                  select cc10.source_id, cc10.credited_outlet, bool_or(cc10.credited_outlet is not null) over (partition by cc10.source_id) as credits from citation cc10 where cc10.statement_id = t6.id
                ) c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') when c11.credits then array[]::text[] else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o9(outlet)
              ) o8 order by 1 limit 100)), '{"$error":0}'::json) as "a2"
            ) r7
          ) as l0 from (
            select q2.*, coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) as sort_0 from statement q2 where true order by coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) desc, q2.id desc limit ?
          ) t6
        ) n5
      ) a3
    ) z1
  )
)::text
-- values: [20,20,"DATE:DESC",21]
