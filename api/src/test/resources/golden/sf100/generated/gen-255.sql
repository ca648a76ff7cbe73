-- r1
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(array(select o6.outlet from (
                select distinct trim(o7.outlet) collate "C" as outlet from (
                  select cc8.source_id, cc8.credited_outlet, bool_or(cc8.credited_outlet is not null) over (partition by cc8.source_id) as credits from citation cc8 where cc8.event_id = t4.id
                ) c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') when c9.credits then array[]::text[] else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o7(outlet)
              ) o6 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r11.*) from (
                    select c12.slug as "slug", coalesce(to_json(dg_global_id('Organization', c12.slug)), '{"$error":1}'::json) as "id", (
                      select ('[' || coalesce(string_agg((
                        select row_to_json(r13.*) from (
                          select c14.name as "name", c14.description as "description", coalesce(to_json(array(select a15.value from organization_alias a15 where a15.organization_id = c14.id and a15.kind = 'ALIAS' order by a15.value limit 100)), '{"$error":2}'::json) as "aliases", c14.slug as "slug", (
                            select row_to_json(z16.*) from (
                              select (
                                select row_to_json(r17.*) from (
                                  select a18.cursors[array_length(a18.cursors, 1)] as "endCursor", a18.fetched > ? as "hasNextPage", false as "hasPreviousPage"
                                ) r17
                              ) as "pageInfo", ('[' || coalesce(a18.l0, '') || ']')::json as "edges" from (
                                select count(*) as fetched, (array_agg(n19.cursor order by n19.ord) filter (where n19.ord <= ?)) as cursors, string_agg(n19.l0::text, ',' order by n19.ord) filter (where n19.ord <= ?) as l0 from (
                                  select row_number() over (order by t20.sort_0, t20.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t20.sort_0::text)]::text[], t20.id) as cursor, (
                                    select row_to_json(r21.*) from (
                                      select null::text as "inForce", dg_cursor(cast(? as text), array[dg_cursor_value(t20.sort_0::text)]::text[], t20.id) as "cursor"
                                    ) r21
                                  ) as l0 from (
                                    select q22.*, coalesce(q22.announced_earliest, q22.announced_latest, 'infinity'::date) as sort_0 from deal q22 where exists (select 1 from deal_party p23 where p23.deal_id = q22.id and p23.organization_id = c14.id) order by coalesce(q22.announced_earliest, q22.announced_latest, 'infinity'::date), q22.id limit ?
                                  ) t20
                                ) n19
                              ) a18
                            ) z16
                          ) as "deals", (
                            select row_to_json(z24.*) from (
                              select (
                                select row_to_json(r25.*) from (
                                  select a26.fetched > ? as "hasNextPage", a26.cursors[array_length(a26.cursors, 1)] as "endCursor"
                                ) r25
                              ) as "pageInfo", ('[' || coalesce(a26.l0, '') || ']')::json as "edges" from (
                                select count(*) as fetched, (array_agg(n27.cursor order by n27.ord) filter (where n27.ord <= ?)) as cursors, string_agg(n27.l0::text, ',' order by n27.ord) filter (where n27.ord <= ?) as l0 from (
                                  select row_number() over (order by t28.sort_0, t28.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t28.sort_0::text)]::text[], t28.id) as cursor, (
                                    select row_to_json(r29.*) from (
                                      select dg_cursor(cast(? as text), array[dg_cursor_value(t28.sort_0::text)]::text[], t28.id) as "cursor", null::text as "inForce"
                                    ) r29
                                  ) as l0 from (
                                    select q30.*, coalesce(q30.valid_from_earliest, q30.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q30 where (q30.holder_id = c14.id) and ((coalesce(q30.valid_from_earliest, q30.valid_from_latest, 'infinity'::date), q30.id) > (cast(? as date), ?)) order by coalesce(q30.valid_from_earliest, q30.valid_from_latest, 'infinity'::date), q30.id limit ?
                                  ) t28
                                ) n27
                              ) a26
                            ) z24
                          ) as "exclusivityHeld"
                        ) r13
                      )::text, ',' order by c14.name, c14.id), '') || ']')::json from (
                        select c14.* from organization c14 where c14.parent_id = c12.id order by c14.name, c14.id limit ?
                      ) c14 where true
                    ) as "units"
                  ) r11
                )::text, ',' order by c12.name, c12.id), '') || ']')::json from (
                  select c12.* from organization c12 where exists (select 1 from event_organization eo31 where eo31.event_id = t4.id and eo31.organization_id = c12.id) order by c12.name, c12.id limit ?
                ) c12 where true
              ) as "organizations"
            ) r5
          ) as l0 from (
            select q32.*, coalesce(q32.date_earliest, q32.date_latest, 'infinity'::date) as sort_0 from event q32 where (true) and ((coalesce(q32.date_earliest, q32.date_latest, 'infinity'::date), q32.id) > (cast(? as date), ?)) order by coalesce(q32.date_earliest, q32.date_latest, 'infinity'::date), q32.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [7,7,"DATE:ASC",1,1,1,"ANNOUNCED:ASC","ANNOUNCED:ASC",2,3,3,3,"VALID_FROM:ASC","VALID_FROM:ASC","2024-07-08",10009157,4,50,20,"2016-08-09",10006466,8]
-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(t2.slug), '{"$error":0}'::json) as "slug", coalesce(to_json(t2.status), '{"$error":1}'::json) as "a1", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.exclusivity_term_id = t2.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o3(outlet)
        ) o7)), '{"$error":2}'::json) as "corroboration", (
          select row_to_json(z8.*) from (
            select ('[' || coalesce(a9.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors, string_agg(n10.l0::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l0 from (
                select row_number() over (order by t11.sort_0, t11.sort_1, t11.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text), dg_cursor_value(t11.sort_1::text)]::text[], t11.id) as cursor, (
                  select row_to_json(r12.*) from (
                    select t11.excerpt as "excerpt", t11.end_offset as "endOffset", t11.start_offset as "startOffset"
                  ) r12
                ) as l0 from (
                  select q13.*, q13.source_id as sort_0, q13.start_offset as sort_1 from citation q13 where q13.exclusivity_term_id = t2.id order by q13.source_id, q13.start_offset, q13.id limit ?
                ) t11
              ) n10
            ) a9
          ) z8
        ) as "citations"
      ) r1
    ) from exclusive_term t2 where t2.slug = ? limit 1
  )
)::text
-- values: [3,3,"SOURCE_POSITION:ASC",4,"exclusivity-5593"]
