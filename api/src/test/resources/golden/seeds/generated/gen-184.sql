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
                select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.person_id = t6.id
              ) o11)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(array(select o12.outlet from (
                select distinct trim(o13.outlet) collate "C" as outlet from citation c14 join source s15 on s15.id = c14.source_id cross join lateral unnest(case when c14.credited_outlet is not null then string_to_array(c14.credited_outlet, ',') else array[coalesce(s15.publisher, s15.author, '“' || s15.title || '”')] end) as o13(outlet) where c14.person_id = t6.id
              ) o12 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", t6.role as "role"
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
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.person_id = t5.id
        ) o6)), '{"$error":0}'::json) as "corroboration", t5.slug as "slug", t5.name as "name", (
          select row_to_json(z7.*) from (
            select ('[' || coalesce(a8.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors, string_agg(n9.l0::text, ',' order by n9.ord) filter (where n9.ord <= ?) as l0 from (
                select row_number() over (order by t10.sort_0 desc, t10.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text)]::text[], t10.id) as cursor, (
                  select row_to_json(r11.*) from (
                    select coalesce(to_json(dg_global_id('Statement', t10.slug)), '{"$error":1}'::json) as "id", t10.channel as "channel", (
                      select (
                        select row_to_json(r12.*) from (
                          select coalesce(to_json(array(select o13.outlet from (
                            select distinct trim(o14.outlet) collate "C" as outlet from citation c15 join source s16 on s16.id = c15.source_id cross join lateral unnest(case when c15.credited_outlet is not null then string_to_array(c15.credited_outlet, ',') else array[coalesce(s16.publisher, s16.author, '“' || s16.title || '”')] end) as o14(outlet) where c15.deal_id = c17.id
                          ) o13 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", c17.summary as "summary", c17.title as "title", coalesce(to_json(dg_global_id('Deal', c17.slug)), '{"$error":3}'::json) as "a3"
                        ) r12
                      ) from deal c17 where c17.id = t10.deal_id limit 1
                    ) as "deal"
                  ) r11
                ) as l0 from (
                  select q18.*, coalesce(q18.date_latest, q18.date_earliest, '-infinity'::date) as sort_0 from statement q18 where exists (select 1 from statement_speaker sp19 where sp19.statement_id = q18.id and sp19.person_id = t5.id) order by coalesce(q18.date_latest, q18.date_earliest, '-infinity'::date) desc, q18.id desc limit ?
                ) t10
              ) n9
            ) a8
          ) z7
        ) as "statements"
      ) r1
    ) from person t5 where t5.slug = ? limit 1
  )
)::text
-- values: [2,2,"DATE:DESC",3,"denise-dresser"]
