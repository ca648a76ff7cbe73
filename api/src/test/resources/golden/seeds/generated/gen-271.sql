-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.channel as "channel", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.statement_id = t2.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o3(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(dg_global_id('Statement', t2.slug)), '{"$error":1}'::json) as "id", t2.slug as "slug", (case when t2.date_precision is null then null else (
          select row_to_json(r8.*) from (
            select coalesce(to_json(t2.date_precision), '{"$error":2}'::json) as "precision"
          ) r8
        ) end) as "date"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["dresser-memo-microsoft-limited-our-ability"]
