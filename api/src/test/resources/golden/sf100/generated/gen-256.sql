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
                            select distinct trim(o13.outlet) collate "C" as outlet from citation c14 join source s15 on s15.id = c14.source_id cross join lateral unnest(case when c14.credited_outlet is not null then string_to_array(c14.credited_outlet, ',') else array[coalesce(s15.publisher, s15.author, '“' || s15.title || '”')] end) as o13(outlet) where c14.event_id = t11.id
                          ) o16)), '{"$error":2}'::json) as "a0", t11.kind as "kind", coalesce(to_json(array(select o17.outlet from (
                            select distinct trim(o18.outlet) collate "C" as outlet from citation c19 join source s20 on s20.id = c19.source_id cross join lateral unnest(case when c19.credited_outlet is not null then string_to_array(c19.credited_outlet, ',') else array[coalesce(s20.publisher, s20.author, '“' || s20.title || '”')] end) as o18(outlet) where c19.event_id = t11.id
                          ) o17 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", coalesce(to_json(dg_global_id('Event', t11.slug)), '{"$error":4}'::json) as "id"
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
          select row_to_json(z21.*) from (
            select (
              select count(*) from commitment q22 where q22.recipient_id = t2.id
            ) as "totalCount", (
              select row_to_json(r23.*) from (
                select false as "hasPreviousPage", a24.cursors[array_length(a24.cursors, 1)] as "endCursor", a24.fetched > ? as "hasNextPage", a24.cursors[1] as "startCursor"
              ) r23
            ) as "pageInfo", ('[' || coalesce(a24.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n25.cursor order by n25.ord) filter (where n25.ord <= ?)) as cursors, string_agg(n25.l0::text, ',' order by n25.ord) filter (where n25.ord <= ?) as l0 from (
                select row_number() over (order by t26.sort_0, t26.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t26.sort_0::text)]::text[], t26.id) as cursor, (
                  select row_to_json(r27.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t26.sort_0::text)]::text[], t26.id) as "cursor"
                  ) r27
                ) as l0 from (
                  select q22.*, coalesce(q22.date_earliest, q22.date_latest, 'infinity'::date) as sort_0 from commitment q22 where q22.recipient_id = t2.id order by coalesce(q22.date_earliest, q22.date_latest, 'infinity'::date), q22.id limit ?
                ) t26
              ) n25
            ) a24
          ) z21
        ) as "commitmentsReceived"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: [3,3,"DATE:ASC","2016-08-09",10019490,4,50,3,3,3,"DATE:ASC","DATE:ASC",4,"granite-power-688"]
