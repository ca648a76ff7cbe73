-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.statement_id = t5.id
        ) o6)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(dg_global_id('Statement', t5.slug)), '{"$error":1}'::json) as "id", (
          select (
            select row_to_json(r7.*) from (
              select coalesce(to_json(array(select o8.outlet from (
                select distinct trim(o9.outlet) collate "C" as outlet from citation c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o9(outlet) where c10.deal_id = c12.id
              ) o8 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", coalesce(to_json((select count(*)::int from (
                select distinct trim(o13.outlet) collate "C" as outlet from citation c14 join source s15 on s15.id = c14.source_id cross join lateral unnest(case when c14.credited_outlet is not null then string_to_array(c14.credited_outlet, ',') else array[coalesce(s15.publisher, s15.author, '“' || s15.title || '”')] end) as o13(outlet) where c14.deal_id = c12.id
              ) o16)), '{"$error":3}'::json) as "corroboration", c12.title as "title", (
                select (
                  select row_to_json(r17.*) from (
                    select c18.kind as "a0", c18.slug as "a1", c18.title as "a2", coalesce(to_json(array(select o19.outlet from (
                      select distinct trim(o20.outlet) collate "C" as outlet from citation c21 join source s22 on s22.id = c21.source_id cross join lateral unnest(case when c21.credited_outlet is not null then string_to_array(c21.credited_outlet, ',') else array[coalesce(s22.publisher, s22.author, '“' || s22.title || '”')] end) as o20(outlet) where c21.deal_id = c18.id
                    ) o19 order by 1 limit 100)), '{"$error":4}'::json) as "outlets"
                  ) r17
                ) from deal c18 where c18.id = c12.parent_id limit 1
              ) as "parent"
            ) r7
          ) from deal c12 where c12.id = t5.deal_id limit 1
        ) as "deal", (
          select row_to_json(z23.*) from (
            select ('[' || coalesce(a24.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n25.cursor order by n25.ord) filter (where n25.ord <= ?)) as cursors, string_agg(n25.l0::text, ',' order by n25.ord) filter (where n25.ord <= ?) as l0 from (
                select row_number() over (order by t26.sort_0, t26.sort_1, t26.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t26.sort_0::text), dg_cursor_value(t26.sort_1::text)]::text[], t26.id) as cursor, (
                  select row_to_json(r27.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t26.sort_0::text), dg_cursor_value(t26.sort_1::text)]::text[], t26.id) as "cursor", (
                      select row_to_json(r28.*) from (
                        select t26.start_offset as "startOffset"
                      ) r28
                    ) as "node"
                  ) r27
                ) as l0 from (
                  select q29.*, q29.source_id as sort_0, q29.start_offset as sort_1 from citation q29 where q29.statement_id = t5.id order by q29.source_id, q29.start_offset, q29.id limit ?
                ) t26
              ) n25
            ) a24
          ) z23
        ) as "citations"
      ) r1
    ) from statement t5 where t5.slug = ? limit 1
  )
)::text
-- values: [1,1,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",2,"statement-8625"]
-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.role as "a0", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.person_id = t2.id
        ) o6)), '{"$error":0}'::json) as "corroboration", (
          select (
            select row_to_json(r7.*) from (
              select c8.name as "name", c8.slug as "slug"
            ) r7
          ) from organization c8 where c8.id = t2.organization_id limit 1
        ) as "organization", (
          select row_to_json(z9.*) from (
            select (
              select count(*) from statement q10 where exists (select 1 from statement_speaker sp11 where sp11.statement_id = q10.id and sp11.person_id = t2.id)
            ) as "totalCount", ('[' || coalesce(a12.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors, string_agg(n13.l0::text, ',' order by n13.ord) filter (where n13.ord <= ?) as l0 from (
                select row_number() over (order by t14.sort_0 desc, t14.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as cursor, (
                  select row_to_json(r15.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as "a0", (
                      select row_to_json(r16.*) from (
                        select coalesce(to_json(array(select o17.outlet from (
                          select distinct trim(o18.outlet) collate "C" as outlet from citation c19 join source s20 on s20.id = c19.source_id cross join lateral unnest(case when c19.credited_outlet is not null then string_to_array(c19.credited_outlet, ',') else array[coalesce(s20.publisher, s20.author, '“' || s20.title || '”')] end) as o18(outlet) where c19.statement_id = t14.id
                        ) o17 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", t14.channel as "channel"
                      ) r16
                    ) as "node"
                  ) r15
                ) as l0 from (
                  select q10.*, coalesce(q10.date_latest, q10.date_earliest, '-infinity'::date) as sort_0 from statement q10 where (exists (select 1 from statement_speaker sp11 where sp11.statement_id = q10.id and sp11.person_id = t2.id)) and ((coalesce(q10.date_latest, q10.date_earliest, '-infinity'::date), q10.id) < (cast(? as date), ?)) order by coalesce(q10.date_latest, q10.date_earliest, '-infinity'::date) desc, q10.id desc limit ?
                ) t14
              ) n13
            ) a12
          ) z9
        ) as "statements"
      ) r1
    ) from person t2 where t2.slug = ? limit 1
  )
)::text
-- values: [3,3,"DATE:DESC","DATE:DESC","2026-12-31",10005175,4,"alex-tanaka-372"]
