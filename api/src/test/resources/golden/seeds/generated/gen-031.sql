-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", t2.quote as "quote", t2.channel as "channel", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.statement_id = t2.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o3(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r8.*) from (
              select 'Speaker'::text as "__typename"
            ) r8
          )::text, ',' order by c9.id), '') || ']')::json from (
            select c9.* from statement_speaker c9 where c9.statement_id = t2.id order by c9.id limit ?
          ) c9 where true
        ) as "speakers"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: [10,"microsoft-excited-to-see-what-they-build"]
-- r2
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.statement_id = t5.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o3(outlet)
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets"
      ) r1
    ) from statement t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["openai-memo-amazon-alliance"]
