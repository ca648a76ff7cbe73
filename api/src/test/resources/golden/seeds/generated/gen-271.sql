-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.channel as "channel", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.statement_id = t2.id
        ) o6)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(dg_global_id('Statement', t2.slug)), '{"$error":1}'::json) as "id", t2.slug as "slug", (case when t2.date_precision is null then null else (
          select row_to_json(r7.*) from (
            select coalesce(to_json(t2.date_precision), '{"$error":2}'::json) as "precision"
          ) r7
        ) end) as "date"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["dresser-memo-microsoft-limited-our-ability"]
