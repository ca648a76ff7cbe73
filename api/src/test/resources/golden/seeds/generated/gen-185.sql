-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.status as "status"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["openai-models-on-aws"]
-- statements
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0 desc, t4.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.channel as "channel", t4.slug as "slug", coalesce(to_json((select count(*)::int from (
                select distinct trim(o6.outlet) collate "C" as outlet from (
                  select cc7.source_id, cc7.credited_outlet, bool_or(cc7.credited_outlet is not null) over (partition by cc7.source_id) as credits from citation cc7 where cc7.statement_id = t4.id
                ) c8 join source s9 on s9.id = c8.source_id cross join lateral unnest(case when c8.credited_outlet is not null then string_to_array(c8.credited_outlet, ',') when c8.credits then array[]::text[] else array[coalesce(s9.publisher, s9.author, '“' || s9.title || '”')] end) as o6(outlet)
              ) o10)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(dg_global_id('Statement', t4.slug)), '{"$error":1}'::json) as "a3", (case when t4.date_precision is null then null else (
                select row_to_json(r11.*) from (
                  select coalesce(to_json(t4.date_precision), '{"$error":2}'::json) as "precision", t4.date_earliest as "earliest", t4.date_latest as "latest", coalesce(to_json(dg_fuzzy_display(t4.date_earliest, t4.date_latest, t4.date_precision)), '{"$error":3}'::json) as "a3"
                ) r11
              ) end) as "date"
            ) r5
          ) as l0 from (
            select q12.*, coalesce(q12.date_latest, q12.date_earliest, '-infinity'::date) as sort_0 from statement q12 where true order by coalesce(q12.date_latest, q12.date_earliest, '-infinity'::date) desc, q12.id desc limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [4,4,"DATE:DESC",5]
