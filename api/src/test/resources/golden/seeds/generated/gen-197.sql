-- r1
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Organization'::text as "__typename"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r3.*) from (
        select 'Deal'::text as "__typename"
      ) r3
    ) from deal t4 where t4.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["amazon","stargate"]
-- r2
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.kind as "kind", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.deal_id = t2.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o3(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", t2.status as "status"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["microsoft-openai-partnership"]
