-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from (
            select cc3.source_id, cc3.credited_outlet, bool_or(cc3.credited_outlet is not null) over (partition by cc3.source_id) as credits from citation cc3 where cc3.statement_id = t4.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o2(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(dg_global_id('Statement', t4.slug)), '{"$error":1}'::json) as "id", (
          select (
            select row_to_json(r8.*) from (
              select coalesce(to_json(array(select o9.outlet from (
                select distinct trim(o10.outlet) collate "C" as outlet from (
                  select cc11.source_id, cc11.credited_outlet, bool_or(cc11.credited_outlet is not null) over (partition by cc11.source_id) as credits from citation cc11 where cc11.deal_id = c12.id
                ) c13 join source s14 on s14.id = c13.source_id cross join lateral unnest(case when c13.credited_outlet is not null then string_to_array(c13.credited_outlet, ',') when c13.credits then array[]::text[] else array[coalesce(s14.publisher, s14.author, '“' || s14.title || '”')] end) as o10(outlet)
              ) o9 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", coalesce(to_json((select count(*)::int from (
                select distinct trim(o15.outlet) collate "C" as outlet from (
                  select cc16.source_id, cc16.credited_outlet, bool_or(cc16.credited_outlet is not null) over (partition by cc16.source_id) as credits from citation cc16 where cc16.deal_id = c12.id
                ) c17 join source s18 on s18.id = c17.source_id cross join lateral unnest(case when c17.credited_outlet is not null then string_to_array(c17.credited_outlet, ',') when c17.credits then array[]::text[] else array[coalesce(s18.publisher, s18.author, '“' || s18.title || '”')] end) as o15(outlet)
              ) o19)), '{"$error":3}'::json) as "corroboration", c12.title as "title", (
                select (
                  select row_to_json(r20.*) from (
                    select c21.kind as "a0", c21.slug as "a1", c21.title as "a2", coalesce(to_json(array(select o22.outlet from (
                      select distinct trim(o23.outlet) collate "C" as outlet from (
                        select cc24.source_id, cc24.credited_outlet, bool_or(cc24.credited_outlet is not null) over (partition by cc24.source_id) as credits from citation cc24 where cc24.deal_id = c21.id
                      ) c25 join source s26 on s26.id = c25.source_id cross join lateral unnest(case when c25.credited_outlet is not null then string_to_array(c25.credited_outlet, ',') when c25.credits then array[]::text[] else array[coalesce(s26.publisher, s26.author, '“' || s26.title || '”')] end) as o23(outlet)
                    ) o22 order by 1 limit 100)), '{"$error":4}'::json) as "outlets"
                  ) r20
                ) from deal c21 where c21.id = c12.parent_id limit 1
              ) as "parent"
            ) r8
          ) from deal c12 where c12.id = t4.deal_id limit 1
        ) as "deal", (
          select row_to_json(z27.*) from (
            select ('[' || coalesce(a28.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n29.cursor order by n29.ord) filter (where n29.ord <= ?)) as cursors, string_agg(n29.l0::text, ',' order by n29.ord) filter (where n29.ord <= ?) as l0 from (
                select row_number() over (order by t30.sort_0, t30.sort_1, t30.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t30.sort_0::text), dg_cursor_value(t30.sort_1::text)]::text[], t30.id) as cursor, (
                  select row_to_json(r31.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t30.sort_0::text), dg_cursor_value(t30.sort_1::text)]::text[], t30.id) as "cursor", (
                      select row_to_json(r32.*) from (
                        select t30.start_offset as "startOffset"
                      ) r32
                    ) as "node"
                  ) r31
                ) as l0 from (
                  select q33.*, q33.source_id as sort_0, q33.start_offset as sort_1 from citation q33 where q33.statement_id = t4.id order by q33.source_id, q33.start_offset, q33.id limit ?
                ) t30
              ) n29
            ) a28
          ) z27
        ) as "citations"
      ) r1
    ) from statement t4 where t4.slug = ? limit 1
  )
)::text
-- values: [1,1,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",2,"statement-8625"]
-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.role as "a0", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.person_id = t2.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o3(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", (
          select (
            select row_to_json(r8.*) from (
              select c9.name as "name", c9.slug as "slug"
            ) r8
          ) from organization c9 where c9.id = t2.organization_id limit 1
        ) as "organization", (
          select row_to_json(z10.*) from (
            select (
              select count(*) from statement q11 where exists (select 1 from statement_speaker sp12 where sp12.statement_id = q11.id and sp12.person_id = t2.id)
            ) as "totalCount", ('[' || coalesce(a13.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors, string_agg(n14.l0::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l0 from (
                select row_number() over (order by t15.sort_0 desc, t15.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text)]::text[], t15.id) as cursor, (
                  select row_to_json(r16.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text)]::text[], t15.id) as "a0", (
                      select row_to_json(r17.*) from (
                        select coalesce(to_json(array(select o18.outlet from (
                          select distinct trim(o19.outlet) collate "C" as outlet from (
                            select cc20.source_id, cc20.credited_outlet, bool_or(cc20.credited_outlet is not null) over (partition by cc20.source_id) as credits from citation cc20 where cc20.statement_id = t15.id
                          ) c21 join source s22 on s22.id = c21.source_id cross join lateral unnest(case when c21.credited_outlet is not null then string_to_array(c21.credited_outlet, ',') when c21.credits then array[]::text[] else array[coalesce(s22.publisher, s22.author, '“' || s22.title || '”')] end) as o19(outlet)
                        ) o18 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", t15.channel as "channel"
                      ) r17
                    ) as "node"
                  ) r16
                ) as l0 from (
                  select q11.*, coalesce(q11.date_latest, q11.date_earliest, '-infinity'::date) as sort_0 from statement q11 where (exists (select 1 from statement_speaker sp12 where sp12.statement_id = q11.id and sp12.person_id = t2.id)) and ((coalesce(q11.date_latest, q11.date_earliest, '-infinity'::date), q11.id) < (cast(? as date), ?)) order by coalesce(q11.date_latest, q11.date_earliest, '-infinity'::date) desc, q11.id desc limit ?
                ) t15
              ) n14
            ) a13
          ) z10
        ) as "statements"
      ) r1
    ) from person t2 where t2.slug = ? limit 1
  )
)::text
-- values: [3,3,"DATE:DESC","DATE:DESC","2026-12-31",10005175,4,"alex-tanaka-372"]
