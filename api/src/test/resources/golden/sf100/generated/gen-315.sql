-- organizationByName
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.name as "name", (
          select row_to_json(z3.*) from (
            select coalesce(a4.dg_total_count, 0) as "totalCount", ('[' || coalesce(a4.l0, '') || ']')::json as "edges", ('[' || coalesce(a4.l1, '') || ']')::json as "nodes" from (
              select count(*) as fetched, max(n5.dg_total_count) as dg_total_count, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0, string_agg(n5.l1::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l1 from (
                select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, t6.dg_total_count as dg_total_count, (
                  select row_to_json(r7.*) from (
                    select t6.in_force as "inForce", (
                      select row_to_json(r8.*) from (
                        select coalesce(to_json(coalesce((
                          select in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) from exclusivity_term_timing x9 where x9.term_id = t6.id
                        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", (
                          select (
                            select row_to_json(r10.*) from (
                              select coalesce(to_json(array(select o11.outlet from (
                                select distinct trim(o12.outlet) collate "C" as outlet from (
                                  select cc13.source_id, cc13.credited_outlet, bool_or(cc13.credited_outlet is not null) over (partition by cc13.source_id) as credits from citation cc13 where cc13.exclusivity_term_id = c14.id
                                ) c15 join source s16 on s16.id = c15.source_id cross join lateral unnest(case when c15.credited_outlet is not null then string_to_array(c15.credited_outlet, ',') when c15.credits then array[]::text[] else array[coalesce(s16.publisher, s16.author, '“' || s16.title || '”')] end) as o12(outlet)
                              ) o11 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", coalesce(to_json(c14.scope), '{"$error":2}'::json) as "scope", coalesce(to_json(coalesce((
                                select in_force(cast(? as date), x17.start_earliest, x17.start_latest, x17.start_precision, x17.end_earliest, x17.end_latest, x17.end_precision) from exclusivity_term_timing x17 where x17.term_id = c14.id
                              ), 'UNKNOWN')), '{"$error":3}'::json) as "inForce"
                            ) r10
                          ) from exclusive_term c14 where c14.id = t6.superseded_by_term_id limit 1
                        ) as "supersededBy", (case when t6.valid_to_precision is null then null else (
                          select row_to_json(r18.*) from (
                            select coalesce(to_json(t6.valid_to_text), '{"$error":4}'::json) as "text", coalesce(to_json(t6.valid_to_precision), '{"$error":5}'::json) as "precision"
                          ) r18
                        ) end) as "validTo"
                      ) r8
                    ) as "node"
                  ) r7
                ) as l0, (
                  select row_to_json(r19.*) from (
                    select coalesce(to_json(array(select o20.outlet from (
                      select distinct trim(o21.outlet) collate "C" as outlet from (
                        select cc22.source_id, cc22.credited_outlet, bool_or(cc22.credited_outlet is not null) over (partition by cc22.source_id) as credits from citation cc22 where cc22.exclusivity_term_id = t6.id
                      ) c23 join source s24 on s24.id = c23.source_id cross join lateral unnest(case when c23.credited_outlet is not null then string_to_array(c23.credited_outlet, ',') when c23.credits then array[]::text[] else array[coalesce(s24.publisher, s24.author, '“' || s24.title || '”')] end) as o21(outlet)
                    ) o20 order by 1 limit 100)), '{"$error":6}'::json) as "outlets", coalesce(to_json(t6.scope), '{"$error":7}'::json) as "scope", coalesce(to_json(t6.slug), '{"$error":8}'::json) as "slug", coalesce(to_json(dg_global_id('ExclusivityTerm', t6.slug)), '{"$error":9}'::json) as "id", (
                      select (
                        select row_to_json(r25.*) from (
                          select coalesce(to_json((select count(*)::int from (
                            select distinct trim(o26.outlet) collate "C" as outlet from (
                              select cc27.source_id, cc27.credited_outlet, bool_or(cc27.credited_outlet is not null) over (partition by cc27.source_id) as credits from citation cc27 where cc27.deal_id = c28.id
                            ) c29 join source s30 on s30.id = c29.source_id cross join lateral unnest(case when c29.credited_outlet is not null then string_to_array(c29.credited_outlet, ',') when c29.credits then array[]::text[] else array[coalesce(s30.publisher, s30.author, '“' || s30.title || '”')] end) as o26(outlet)
                          ) o31)), '{"$error":10}'::json) as "corroboration", c28.kind as "kind", coalesce(to_json(array(select o32.outlet from (
                            select distinct trim(o33.outlet) collate "C" as outlet from (
                              select cc34.source_id, cc34.credited_outlet, bool_or(cc34.credited_outlet is not null) over (partition by cc34.source_id) as credits from citation cc34 where cc34.deal_id = c28.id
                            ) c35 join source s36 on s36.id = c35.source_id cross join lateral unnest(case when c35.credited_outlet is not null then string_to_array(c35.credited_outlet, ',') when c35.credits then array[]::text[] else array[coalesce(s36.publisher, s36.author, '“' || s36.title || '”')] end) as o33(outlet)
                          ) o32 order by 1 limit 100)), '{"$error":11}'::json) as "outlets", (
                            select row_to_json(z37.*) from (
                              select ('[' || coalesce(a38.l0, '') || ']')::json as "edges", (
                                select row_to_json(r39.*) from (
                                  select a38.cursors[1] as "startCursor", exists (
                                    select 1 from commitment q40 where (q40.deal_id = c28.id) and (not (coalesce(q40.date_earliest, q40.date_latest, 'infinity'::date), q40.id) > (cast(? as date), ?))
                                  ) as "hasPreviousPage", a38.fetched > ? as "hasNextPage"
                                ) r39
                              ) as "pageInfo" from (
                                select count(*) as fetched, (array_agg(n41.cursor order by n41.ord) filter (where n41.ord <= ?)) as cursors, string_agg(n41.l0::text, ',' order by n41.ord) filter (where n41.ord <= ?) as l0 from (
                                  select row_number() over (order by t42.sort_0, t42.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t42.sort_0::text)]::text[], t42.id) as cursor, (
                                    select row_to_json(r43.*) from (
                                      select dg_cursor(cast(? as text), array[dg_cursor_value(t42.sort_0::text)]::text[], t42.id) as "cursor", null::text as "inForce"
                                    ) r43
                                  ) as l0 from (
                                    select q40.*, coalesce(q40.date_earliest, q40.date_latest, 'infinity'::date) as sort_0 from commitment q40 where (q40.deal_id = c28.id) and ((coalesce(q40.date_earliest, q40.date_latest, 'infinity'::date), q40.id) > (cast(? as date), ?)) order by coalesce(q40.date_earliest, q40.date_latest, 'infinity'::date), q40.id limit ?
                                  ) t42
                                ) n41
                              ) a38
                            ) z37
                          ) as "commitments"
                        ) r25
                      ) from deal c28 where c28.id = t6.deal_id limit 1
                    ) as "deal"
                  ) r19
                ) as l1 from (
                  select q44.*, coalesce(q44.valid_from_earliest, q44.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x45.start_earliest, x45.start_latest, x45.start_precision, x45.end_earliest, x45.end_latest, x45.end_precision) as in_force, count(*) over () as dg_total_count from exclusive_term q44 join exclusivity_term_timing x45 on x45.term_id = q44.id where (q44.grantor_id = t2.id) and (in_force(cast(? as date), x45.start_earliest, x45.start_latest, x45.start_precision, x45.end_earliest, x45.end_latest, x45.end_precision) <> 'FALSE') order by coalesce(q44.valid_from_earliest, q44.valid_from_latest, 'infinity'::date), q44.id limit ?
                ) t6
              ) n5
            ) a4
          ) z3
        ) as "exclusivityGranted"
      ) r1
    ) from organization t2 where lower(t2.name) = lower(?) or exists (select 1 from organization_alias a46 where a46.organization_id = t2.id and lower(a46.value) = lower(?)) order by t2.id limit 1
  )
)::text
-- values: [3,3,3,"VALID_FROM:ASC","2026-04-29","2016-12-22","2018-07-01",10008936,3,3,3,"DATE:ASC","DATE:ASC","2018-07-01",10008936,4,"2026-04-28","2026-04-28",4,"NOE278","NOE278"]
-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", coalesce(to_json(dg_global_id('Event', t2.slug)), '{"$error":0}'::json) as "id", t2.description as "description", coalesce(to_json((case when t2.date_precision is null then null else (
          select row_to_json(r3.*) from (
            select t2.date_latest as "latest", coalesce(to_json(t2.date_precision), '{"$error":1}'::json) as "precision", coalesce(to_json(dg_fuzzy_display(t2.date_earliest, t2.date_latest, t2.date_precision)), '{"$error":2}'::json) as "display", coalesce(to_json(t2.date_text), '{"$error":3}'::json) as "text"
          ) r3
        ) end)), '{"$error":4}'::json) as "date"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["event-6614-1"]
