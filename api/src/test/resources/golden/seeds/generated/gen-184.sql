-- people
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from person q2 where q2.organization_id = (
          select s3.id from organization s3 where s3.slug = ?
        )
      ) as "totalCount", ('[' || coalesce(a4.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select coalesce(to_json((select count(*)::int from (
                select distinct trim(o8.outlet) collate "C" as outlet from (
                  select cc9.source_id, cc9.credited_outlet, bool_or(cc9.credited_outlet is not null) over (partition by cc9.source_id) as credits from citation cc9 where cc9.person_id = t6.id
                ) c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') when c10.credits then array[]::text[] else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o8(outlet)
              ) o12)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(array(select o13.outlet from (
                select distinct trim(o14.outlet) collate "C" as outlet from (
                  select cc15.source_id, cc15.credited_outlet, bool_or(cc15.credited_outlet is not null) over (partition by cc15.source_id) as credits from citation cc15 where cc15.person_id = t6.id
                ) c16 join source s17 on s17.id = c16.source_id cross join lateral unnest(case when c16.credited_outlet is not null then string_to_array(c16.credited_outlet, ',') when c16.credits then array[]::text[] else array[coalesce(s17.publisher, s17.author, '“' || s17.title || '”')] end) as o14(outlet)
              ) o13 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", t6.role as "role"
            ) r7
          ) as l0 from (
            select q2.*, (lower(q2.name)) collate "C" as sort_0 from person q2 where q2.organization_id = (
              select s3.id from organization s3 where s3.slug = ?
            ) order by (lower(q2.name)) collate "C", q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: ["oracle",1,1,"NAME:ASC","oracle",2]
-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from (
            select cc3.source_id, cc3.credited_outlet, bool_or(cc3.credited_outlet is not null) over (partition by cc3.source_id) as credits from citation cc3 where cc3.person_id = t4.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o2(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", t4.slug as "slug", t4.name as "name", (
          select row_to_json(z8.*) from (
            select ('[' || coalesce(a9.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors, string_agg(n10.l0::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l0 from (
                select row_number() over (order by t11.sort_0 desc, t11.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text)]::text[], t11.id) as cursor, (
                  select row_to_json(r12.*) from (
                    select coalesce(to_json(dg_global_id('Statement', t11.slug)), '{"$error":1}'::json) as "id", t11.channel as "channel", (
                      select (
                        select row_to_json(r13.*) from (
                          select coalesce(to_json(array(select o14.outlet from (
                            select distinct trim(o15.outlet) collate "C" as outlet from (
                              select cc16.source_id, cc16.credited_outlet, bool_or(cc16.credited_outlet is not null) over (partition by cc16.source_id) as credits from citation cc16 where cc16.deal_id = c17.id
                            ) c18 join source s19 on s19.id = c18.source_id cross join lateral unnest(case when c18.credited_outlet is not null then string_to_array(c18.credited_outlet, ',') when c18.credits then array[]::text[] else array[coalesce(s19.publisher, s19.author, '“' || s19.title || '”')] end) as o15(outlet)
                          ) o14 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", c17.summary as "summary", c17.title as "title", coalesce(to_json(dg_global_id('Deal', c17.slug)), '{"$error":3}'::json) as "a3"
                        ) r13
                      ) from deal c17 where c17.id = t11.deal_id limit 1
                    ) as "deal"
                  ) r12
                ) as l0 from (
                  select q20.*, coalesce(q20.date_latest, q20.date_earliest, '-infinity'::date) as sort_0 from statement q20 where exists (select 1 from statement_speaker sp21 where sp21.statement_id = q20.id and sp21.person_id = t4.id) order by coalesce(q20.date_latest, q20.date_earliest, '-infinity'::date) desc, q20.id desc limit ?
                ) t11
              ) n10
            ) a9
          ) z8
        ) as "statements"
      ) r1
    ) from person t4 where t4.slug = ? limit 1
  )
)::text
-- values: [2,2,"DATE:DESC",3,"denise-dresser"]
