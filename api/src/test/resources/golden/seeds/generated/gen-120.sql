-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(t2.slug), '{"$error":0}'::json) as "slug", coalesce(to_json(t2.scope), '{"$error":1}'::json) as "scope", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.exclusivity_term_id = t2.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o3(outlet)
        ) o7)), '{"$error":2}'::json) as "corroboration", coalesce(to_json(array(select o8.outlet from (
          select distinct trim(o9.outlet) collate "C" as outlet from (
            select cc10.source_id, cc10.credited_outlet, bool_or(cc10.credited_outlet is not null) over (partition by cc10.source_id) as credits from citation cc10 where cc10.exclusivity_term_id = t2.id
          ) c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') when c11.credits then array[]::text[] else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o9(outlet)
        ) o8 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", (
          select (
            select row_to_json(r13.*) from (
              select coalesce(to_json((select count(*)::int from (
                select distinct trim(o14.outlet) collate "C" as outlet from (
                  select cc15.source_id, cc15.credited_outlet, bool_or(cc15.credited_outlet is not null) over (partition by cc15.source_id) as credits from citation cc15 where cc15.event_id = c16.id
                ) c17 join source s18 on s18.id = c17.source_id cross join lateral unnest(case when c17.credited_outlet is not null then string_to_array(c17.credited_outlet, ',') when c17.credits then array[]::text[] else array[coalesce(s18.publisher, s18.author, '“' || s18.title || '”')] end) as o14(outlet)
              ) o19)), '{"$error":4}'::json) as "corroboration", coalesce(to_json(array(select o20.outlet from (
                select distinct trim(o21.outlet) collate "C" as outlet from (
                  select cc22.source_id, cc22.credited_outlet, bool_or(cc22.credited_outlet is not null) over (partition by cc22.source_id) as credits from citation cc22 where cc22.event_id = c16.id
                ) c23 join source s24 on s24.id = c23.source_id cross join lateral unnest(case when c23.credited_outlet is not null then string_to_array(c23.credited_outlet, ',') when c23.credits then array[]::text[] else array[coalesce(s24.publisher, s24.author, '“' || s24.title || '”')] end) as o21(outlet)
              ) o20 order by 1 limit 100)), '{"$error":5}'::json) as "outlets", coalesce(to_json(dg_global_id('Event', c16.slug)), '{"$error":6}'::json) as "id", c16.title as "title"
            ) r13
          ) from event c16 where c16.id = t2.superseded_by_event_id limit 1
        ) as "supersededByEvent"
      ) r1
    ) from exclusive_term t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["microsoft-exclusive-openai-ip-license"]
