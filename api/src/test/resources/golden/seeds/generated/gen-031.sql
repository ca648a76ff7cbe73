-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", t2.quote as "quote", t2.channel as "channel", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.statement_id = t2.id
        ) o6)), '{"$error":0}'::json) as "corroboration", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r7.*) from (
              select 'Speaker'::text as "__typename"
            ) r7
          )::text, ',' order by c8.id), '') || ']')::json from (
            select c8.* from statement_speaker c8 where c8.statement_id = t2.id order by c8.id limit ?
          ) c8 where true
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
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.statement_id = t6.id
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets"
      ) r1
    ) from statement t6 where t6.slug = ? limit 1
  )
)::text
-- values: ["openai-memo-amazon-alliance"]
