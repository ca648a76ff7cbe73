-- r1
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(array(select o6.outlet from (
                select distinct trim(o7.outlet) collate "C" as outlet from citation c8 join source s9 on s9.id = c8.source_id cross join lateral unnest(case when c8.credited_outlet is not null then string_to_array(c8.credited_outlet, ',') else array[coalesce(s9.publisher, s9.author, '“' || s9.title || '”')] end) as o7(outlet) where c8.event_id = t4.id
              ) o6 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r10.*) from (
                    select c11.slug as "slug", coalesce(to_json(dg_global_id('Organization', c11.slug)), '{"$error":1}'::json) as "id", (
                      select ('[' || coalesce(string_agg((
                        select row_to_json(r12.*) from (
                          select c13.name as "name", c13.description as "description", coalesce(to_json(array(select a14.value from organization_alias a14 where a14.organization_id = c13.id and a14.kind = 'ALIAS' order by a14.value limit 100)), '{"$error":2}'::json) as "aliases", c13.slug as "slug", (
                            select row_to_json(z15.*) from (
                              select (
                                select row_to_json(r16.*) from (
                                  select a17.cursors[array_length(a17.cursors, 1)] as "endCursor", a17.fetched > ? as "hasNextPage", false as "hasPreviousPage"
                                ) r16
                              ) as "pageInfo", ('[' || coalesce(a17.l0, '') || ']')::json as "edges" from (
                                select count(*) as fetched, (array_agg(n18.cursor order by n18.ord) filter (where n18.ord <= ?)) as cursors, string_agg(n18.l0::text, ',' order by n18.ord) filter (where n18.ord <= ?) as l0 from (
                                  select row_number() over (order by t19.sort_0, t19.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t19.sort_0::text)]::text[], t19.id) as cursor, (
                                    select row_to_json(r20.*) from (
                                      select null::text as "inForce", dg_cursor(cast(? as text), array[dg_cursor_value(t19.sort_0::text)]::text[], t19.id) as "cursor"
                                    ) r20
                                  ) as l0 from (
                                    select q21.*, coalesce(q21.announced_earliest, q21.announced_latest, 'infinity'::date) as sort_0 from deal q21 where exists (select 1 from deal_party p22 where p22.deal_id = q21.id and p22.organization_id = c13.id) order by coalesce(q21.announced_earliest, q21.announced_latest, 'infinity'::date), q21.id limit ?
                                  ) t19
                                ) n18
                              ) a17
                            ) z15
                          ) as "deals", (
                            select row_to_json(z23.*) from (
                              select (
                                select row_to_json(r24.*) from (
                                  select a25.fetched > ? as "hasNextPage", a25.cursors[array_length(a25.cursors, 1)] as "endCursor"
                                ) r24
                              ) as "pageInfo", ('[' || coalesce(a25.l0, '') || ']')::json as "edges" from (
                                select count(*) as fetched, (array_agg(n26.cursor order by n26.ord) filter (where n26.ord <= ?)) as cursors, string_agg(n26.l0::text, ',' order by n26.ord) filter (where n26.ord <= ?) as l0 from (
                                  select row_number() over (order by t27.sort_0, t27.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t27.sort_0::text)]::text[], t27.id) as cursor, (
                                    select row_to_json(r28.*) from (
                                      select dg_cursor(cast(? as text), array[dg_cursor_value(t27.sort_0::text)]::text[], t27.id) as "cursor", null::text as "inForce"
                                    ) r28
                                  ) as l0 from (
                                    select q29.*, coalesce(q29.valid_from_earliest, q29.valid_from_latest, 'infinity'::date) as sort_0 from exclusivity_term q29 where (q29.holder_id = c13.id) and ((coalesce(q29.valid_from_earliest, q29.valid_from_latest, 'infinity'::date), q29.id) > (cast(? as date), ?)) order by coalesce(q29.valid_from_earliest, q29.valid_from_latest, 'infinity'::date), q29.id limit ?
                                  ) t27
                                ) n26
                              ) a25
                            ) z23
                          ) as "exclusivityHeld"
                        ) r12
                      )::text, ',' order by c13.name, c13.id), '') || ']')::json from (
                        select c13.* from organization c13 where c13.parent_id = c11.id order by c13.name, c13.id limit ?
                      ) c13 where true
                    ) as "units"
                  ) r10
                )::text, ',' order by c11.name, c11.id), '') || ']')::json from (
                  select c11.* from organization c11 where exists (select 1 from event_organization eo30 where eo30.event_id = t4.id and eo30.organization_id = c11.id) order by c11.name, c11.id limit ?
                ) c11 where true
              ) as "organizations"
            ) r5
          ) as l0 from (
            select q31.*, coalesce(q31.date_earliest, q31.date_latest, 'infinity'::date) as sort_0 from event q31 where (true) and ((coalesce(q31.date_earliest, q31.date_latest, 'infinity'::date), q31.id) > (cast(? as date), ?)) order by coalesce(q31.date_earliest, q31.date_latest, 'infinity'::date), q31.id limit ?
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
        select t2.slug as "slug", t2.status as "a1", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.exclusivity_term_id = t2.id
        ) o6)), '{"$error":0}'::json) as "corroboration", (
          select row_to_json(z7.*) from (
            select ('[' || coalesce(a8.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors, string_agg(n9.l0::text, ',' order by n9.ord) filter (where n9.ord <= ?) as l0 from (
                select row_number() over (order by t10.sort_0, t10.sort_1, t10.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text), dg_cursor_value(t10.sort_1::text)]::text[], t10.id) as cursor, (
                  select row_to_json(r11.*) from (
                    select t10.excerpt as "excerpt", t10.end_offset as "endOffset", t10.start_offset as "startOffset"
                  ) r11
                ) as l0 from (
                  select q12.*, q12.source_id as sort_0, q12.start_offset as sort_1 from citation q12 where q12.exclusivity_term_id = t2.id order by q12.source_id, q12.start_offset, q12.id limit ?
                ) t10
              ) n9
            ) a8
          ) z7
        ) as "citations"
      ) r1
    ) from exclusivity_term t2 where t2.slug = ? limit 1
  )
)::text
-- values: [3,3,"SOURCE_POSITION:ASC",4,"exclusivity-5593"]
