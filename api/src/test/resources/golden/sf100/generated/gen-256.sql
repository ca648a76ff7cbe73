-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.kind as "kind", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r3.*) from (
              select coalesce(to_json(dg_global_id('Organization', c4.slug)), '{"$error":0}'::json) as "id", '{"$error":1}'::json as "exclusivityHeld", (
                select row_to_json(z5.*) from (
                  select (
                    select count(*) from event q6 where exists (select 1 from event_organization eo7 where eo7.event_id = q6.id and eo7.organization_id = c4.id)
                  ) as "totalCount", ('[' || coalesce(a8.l0, '') || ']')::json as "nodes", (
                    select row_to_json(r9.*) from (
                      select a8.cursors[1] as "startCursor", a8.cursors[array_length(a8.cursors, 1)] as "endCursor"
                    ) r9
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors, string_agg(n10.l0::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l0 from (
                      select row_number() over (order by t11.sort_0, t11.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text)]::text[], t11.id) as cursor, (
                        select row_to_json(r12.*) from (
                          select coalesce(to_json((select count(*)::int from (
                            select distinct trim(o13.outlet) collate "C" as outlet from (
                              select cc14.source_id, cc14.credited_outlet, bool_or(cc14.credited_outlet is not null) over (partition by cc14.source_id) as credits from citation cc14 where cc14.event_id = t11.id
                            ) c15 join source s16 on s16.id = c15.source_id cross join lateral unnest(case when c15.credited_outlet is not null then string_to_array(c15.credited_outlet, ',') when c15.credits then array[]::text[] else array[coalesce(s16.publisher, s16.author, '“' || s16.title || '”')] end) as o13(outlet)
                          ) o17)), '{"$error":2}'::json) as "a0", t11.kind as "kind", coalesce(to_json(array(select o18.outlet from (
                            select distinct trim(o19.outlet) collate "C" as outlet from (
                              select cc20.source_id, cc20.credited_outlet, bool_or(cc20.credited_outlet is not null) over (partition by cc20.source_id) as credits from citation cc20 where cc20.event_id = t11.id
                            ) c21 join source s22 on s22.id = c21.source_id cross join lateral unnest(case when c21.credited_outlet is not null then string_to_array(c21.credited_outlet, ',') when c21.credits then array[]::text[] else array[coalesce(s22.publisher, s22.author, '“' || s22.title || '”')] end) as o19(outlet)
                          ) o18 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", coalesce(to_json(dg_global_id('Event', t11.slug)), '{"$error":4}'::json) as "id"
                        ) r12
                      ) as l0 from (
                        select q6.*, coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date) as sort_0 from event q6 where (exists (select 1 from event_organization eo7 where eo7.event_id = q6.id and eo7.organization_id = c4.id)) and ((coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date), q6.id) > (cast(? as date), ?)) order by coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date), q6.id limit ?
                      ) t11
                    ) n10
                  ) a8
                ) z5
              ) as "again3"
            ) r3
          )::text, ',' order by c4.name, c4.id), '') || ']')::json from (
            select c4.* from organization c4 where c4.parent_id = t2.id order by c4.name, c4.id limit ?
          ) c4 where true
        ) as "units", (
          select row_to_json(z23.*) from (
            select (
              select count(*) from commitment q24 where q24.recipient_id = t2.id
            ) as "totalCount", (
              select row_to_json(r25.*) from (
                select false as "hasPreviousPage", a26.cursors[array_length(a26.cursors, 1)] as "endCursor", a26.fetched > ? as "hasNextPage", a26.cursors[1] as "startCursor"
              ) r25
            ) as "pageInfo", ('[' || coalesce(a26.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n27.cursor order by n27.ord) filter (where n27.ord <= ?)) as cursors, string_agg(n27.l0::text, ',' order by n27.ord) filter (where n27.ord <= ?) as l0 from (
                select row_number() over (order by t28.sort_0, t28.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t28.sort_0::text)]::text[], t28.id) as cursor, (
                  select row_to_json(r29.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t28.sort_0::text)]::text[], t28.id) as "cursor"
                  ) r29
                ) as l0 from (
                  select q24.*, coalesce(q24.date_earliest, q24.date_latest, 'infinity'::date) as sort_0 from commitment q24 where q24.recipient_id = t2.id order by coalesce(q24.date_earliest, q24.date_latest, 'infinity'::date), q24.id limit ?
                ) t28
              ) n27
            ) a26
          ) z23
        ) as "commitmentsReceived"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: [3,3,"DATE:ASC","2016-08-09",10019490,4,50,3,3,3,"DATE:ASC","DATE:ASC",4,"granite-power-688"]
