-- contemplated
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.statement_id = t5.id
        ) o6)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(array(select o7.outlet from (
          select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.statement_id = t5.id
        ) o7 order by 1 limit 100)), '{"$error":1}'::json) as "outlets"
      ) r1
    ) from statement t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["microsoft-amazon-collaborations-always-contemplated"]
-- alliance
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.statement_id = t5.id
        ) o6)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(array(select o7.outlet from (
          select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.statement_id = t5.id
        ) o7 order by 1 limit 100)), '{"$error":1}'::json) as "outlets"
      ) r1
    ) from statement t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["openai-memo-amazon-alliance"]
-- remarks
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.statement_id = t5.id
        ) o6)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(array(select o7.outlet from (
          select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.statement_id = t5.id
        ) o7 order by 1 limit 100)), '{"$error":1}'::json) as "outlets"
      ) r1
    ) from statement t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["dresser-remarks-benefits-of-work-with-amazon"]
-- affirm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.event_id = t5.id
        ) o6)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(array(select o7.outlet from (
          select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.event_id = t5.id
        ) o7 order by 1 limit 100)), '{"$error":1}'::json) as "outlets"
      ) r1
    ) from event t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["microsoft-openai-affirm-core-deal-2026-02-27"]
-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.deal_id = t5.id
        ) o6)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(array(select o7.outlet from (
          select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.deal_id = t5.id
        ) o7 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", (
          select row_to_json(z11.*) from (
            select ('[' || coalesce(a12.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors, string_agg(n13.l0::text, ',' order by n13.ord) filter (where n13.ord <= ?) as l0 from (
                select row_number() over (order by t14.sort_0, t14.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as cursor, (
                  select row_to_json(r15.*) from (
                    select coalesce(to_json((
                      select (
                        select row_to_json(r16.*) from (
                          select c17.slug as "slug"
                        ) r16
                      ) from organization c17 where c17.id = t14.organization_id limit 1
                    )), '{"$error":2}'::json) as "organization", coalesce(to_json((select count(*)::int from (
                      select distinct trim(o18.outlet) collate "C" as outlet from citation c19 join source s20 on s20.id = c19.source_id cross join lateral unnest(case when c19.credited_outlet is not null then string_to_array(c19.credited_outlet, ',') else array[coalesce(s20.publisher, s20.author, '“' || s20.title || '”')] end) as o18(outlet) where c19.deal_party_id = t14.id
                    ) o21)), '{"$error":3}'::json) as "corroboration", coalesce(to_json(array(select o22.outlet from (
                      select distinct trim(o23.outlet) collate "C" as outlet from citation c24 join source s25 on s25.id = c24.source_id cross join lateral unnest(case when c24.credited_outlet is not null then string_to_array(c24.credited_outlet, ',') else array[coalesce(s25.publisher, s25.author, '“' || s25.title || '”')] end) as o23(outlet) where c24.deal_party_id = t14.id
                    ) o22 order by 1 limit 100)), '{"$error":4}'::json) as "outlets"
                  ) r15
                ) as l0 from (
                  select q26.*, (q26.role) collate "C" as sort_0 from deal_party q26 where (q26.deal_id = t5.id) and (q26.role = ?) order by (q26.role) collate "C", q26.id limit ?
                ) t14
              ) n13
            ) a12
          ) z11
        ) as "parties"
      ) r1
    ) from deal t5 where t5.slug = ? limit 1
  )
)::text
-- values: [20,20,"ROLE:ASC","CLOUD_PROVIDER",21,"amazon-openai-partnership"]
-- stateless
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.exclusivity_term_id = t5.id
        ) o6)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(array(select o7.outlet from (
          select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.exclusivity_term_id = t5.id
        ) o7 order by 1 limit 100)), '{"$error":1}'::json) as "outlets"
      ) r1
    ) from exclusivity_term t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["azure-exclusive-cloud-for-stateless-openai-apis"]
-- ip
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.exclusivity_term_id = t5.id
        ) o6)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(array(select o7.outlet from (
          select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.exclusivity_term_id = t5.id
        ) o7 order by 1 limit 100)), '{"$error":1}'::json) as "outlets"
      ) r1
    ) from exclusivity_term t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["microsoft-exclusive-openai-ip-license"]
-- dresser
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.person_id = t5.id
        ) o6)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(array(select o7.outlet from (
          select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.person_id = t5.id
        ) o7 order by 1 limit 100)), '{"$error":1}'::json) as "outlets"
      ) r1
    ) from person t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["denise-dresser"]
