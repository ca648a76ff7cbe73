-- nodes
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Person'::text as "__typename", coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.person_id = t5.id
        ) o6)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(array(select o7.outlet from (
          select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.person_id = t5.id
        ) o7 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", (
          select (
            select row_to_json(r11.*) from (
              select c12.description as "description", (
                select row_to_json(z13.*) from (
                  select (
                    select row_to_json(r14.*) from (
                      select a15.cursors[array_length(a15.cursors, 1)] as "endCursor"
                    ) r14
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n16.cursor order by n16.ord) filter (where n16.ord <= ?)) as cursors from (
                      select row_number() over (order by t17.sort_0, t17.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t17.sort_0::text)]::text[], t17.id) as cursor from (
                        select q18.*, (lower(q18.name)) collate "C" as sort_0 from person q18 where q18.organization_id = c12.id order by (lower(q18.name)) collate "C", q18.id limit ?
                      ) t17
                    ) n16
                  ) a15
                ) z13
              ) as "people"
            ) r11
          ) from organization c12 where c12.id = t5.organization_id limit 1
        ) as "organization"
      ) r1
    ) from person t5 where t5.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r19.*) from (
        select 'Organization'::text as "__typename"
      ) r19
    ) from organization t20 where t20.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r21.*) from (
        select 'Person'::text as "__typename", coalesce(to_json((select count(*)::int from (
          select distinct trim(o22.outlet) collate "C" as outlet from citation c23 join source s24 on s24.id = c23.source_id cross join lateral unnest(case when c23.credited_outlet is not null then string_to_array(c23.credited_outlet, ',') else array[coalesce(s24.publisher, s24.author, '“' || s24.title || '”')] end) as o22(outlet) where c23.person_id = t25.id
        ) o26)), '{"$error":2}'::json) as "corroboration", coalesce(to_json(array(select o27.outlet from (
          select distinct trim(o28.outlet) collate "C" as outlet from citation c29 join source s30 on s30.id = c29.source_id cross join lateral unnest(case when c29.credited_outlet is not null then string_to_array(c29.credited_outlet, ',') else array[coalesce(s30.publisher, s30.author, '“' || s30.title || '”')] end) as o28(outlet) where c29.person_id = t25.id
        ) o27 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", (
          select (
            select row_to_json(r31.*) from (
              select c32.description as "description", (
                select row_to_json(z33.*) from (
                  select (
                    select row_to_json(r34.*) from (
                      select a35.cursors[array_length(a35.cursors, 1)] as "endCursor"
                    ) r34
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n36.cursor order by n36.ord) filter (where n36.ord <= ?)) as cursors from (
                      select row_number() over (order by t37.sort_0, t37.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t37.sort_0::text)]::text[], t37.id) as cursor from (
                        select q38.*, (lower(q38.name)) collate "C" as sort_0 from person q38 where q38.organization_id = c32.id order by (lower(q38.name)) collate "C", q38.id limit ?
                      ) t37
                    ) n36
                  ) a35
                ) z33
              ) as "people"
            ) r31
          ) from organization c32 where c32.id = t25.organization_id limit 1
        ) as "organization"
      ) r21
    ) from person t25 where t25.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: [3,"NAME:ASC",4,"ivan-okafor-399","helios-cloud-78",3,"NAME:ASC",4,"grace-tanaka-233"]
