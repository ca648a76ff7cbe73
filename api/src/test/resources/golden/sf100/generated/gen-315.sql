-- organizationByName
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.name as "name", (
          select row_to_json(z3.*) from (
            select (
              select count(*) from exclusive_term q4 join exclusivity_term_timing x5 on x5.term_id = q4.id where (q4.grantor_id = t2.id) and (in_force(cast(? as date), x5.start_earliest, x5.start_latest, x5.start_precision, x5.end_earliest, x5.end_latest, x5.end_precision) <> 'FALSE')
            ) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "edges", ('[' || coalesce(a6.l1, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0, string_agg(n7.l1::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l1 from (
                select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
                  select row_to_json(r9.*) from (
                    select t8.in_force as "inForce", (
                      select row_to_json(r10.*) from (
                        select coalesce(to_json(coalesce((
                          select in_force(cast(? as date), x11.start_earliest, x11.start_latest, x11.start_precision, x11.end_earliest, x11.end_latest, x11.end_precision) from exclusivity_term_timing x11 where x11.term_id = t8.id
                        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", (
                          select (
                            select row_to_json(r12.*) from (
                              select coalesce(to_json(array(select o13.outlet from (
                                select distinct trim(o14.outlet) collate "C" as outlet from (
                                  select cc15.source_id, cc15.credited_outlet, bool_or(cc15.credited_outlet is not null) over (partition by cc15.source_id) as credits from citation cc15 where cc15.exclusivity_term_id = c16.id
                                ) c17 join source s18 on s18.id = c17.source_id cross join lateral unnest(case when c17.credited_outlet is not null then string_to_array(c17.credited_outlet, ',') when c17.credits then array[]::text[] else array[coalesce(s18.publisher, s18.author, '“' || s18.title || '”')] end) as o14(outlet)
                              ) o13 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", coalesce(to_json(c16.scope), '{"$error":2}'::json) as "scope", coalesce(to_json(coalesce((
                                select in_force(cast(? as date), x19.start_earliest, x19.start_latest, x19.start_precision, x19.end_earliest, x19.end_latest, x19.end_precision) from exclusivity_term_timing x19 where x19.term_id = c16.id
                              ), 'UNKNOWN')), '{"$error":3}'::json) as "inForce"
                            ) r12
                          ) from exclusive_term c16 where c16.id = t8.superseded_by_term_id limit 1
                        ) as "supersededBy", (case when t8.valid_to_precision is null then null else (
                          select row_to_json(r20.*) from (
                            select coalesce(to_json(t8.valid_to_text), '{"$error":4}'::json) as "text", coalesce(to_json(t8.valid_to_precision), '{"$error":5}'::json) as "precision"
                          ) r20
                        ) end) as "validTo"
                      ) r10
                    ) as "node"
                  ) r9
                ) as l0, (
                  select row_to_json(r21.*) from (
                    select coalesce(to_json(array(select o22.outlet from (
                      select distinct trim(o23.outlet) collate "C" as outlet from (
                        select cc24.source_id, cc24.credited_outlet, bool_or(cc24.credited_outlet is not null) over (partition by cc24.source_id) as credits from citation cc24 where cc24.exclusivity_term_id = t8.id
                      ) c25 join source s26 on s26.id = c25.source_id cross join lateral unnest(case when c25.credited_outlet is not null then string_to_array(c25.credited_outlet, ',') when c25.credits then array[]::text[] else array[coalesce(s26.publisher, s26.author, '“' || s26.title || '”')] end) as o23(outlet)
                    ) o22 order by 1 limit 100)), '{"$error":6}'::json) as "outlets", coalesce(to_json(t8.scope), '{"$error":7}'::json) as "scope", coalesce(to_json(t8.slug), '{"$error":8}'::json) as "slug", coalesce(to_json(dg_global_id('ExclusivityTerm', t8.slug)), '{"$error":9}'::json) as "id", (
                      select (
                        select row_to_json(r27.*) from (
                          select coalesce(to_json((select count(*)::int from (
                            select distinct trim(o28.outlet) collate "C" as outlet from (
                              select cc29.source_id, cc29.credited_outlet, bool_or(cc29.credited_outlet is not null) over (partition by cc29.source_id) as credits from citation cc29 where cc29.deal_id = c30.id
                            ) c31 join source s32 on s32.id = c31.source_id cross join lateral unnest(case when c31.credited_outlet is not null then string_to_array(c31.credited_outlet, ',') when c31.credits then array[]::text[] else array[coalesce(s32.publisher, s32.author, '“' || s32.title || '”')] end) as o28(outlet)
                          ) o33)), '{"$error":10}'::json) as "corroboration", c30.kind as "kind", coalesce(to_json(array(select o34.outlet from (
                            select distinct trim(o35.outlet) collate "C" as outlet from (
                              select cc36.source_id, cc36.credited_outlet, bool_or(cc36.credited_outlet is not null) over (partition by cc36.source_id) as credits from citation cc36 where cc36.deal_id = c30.id
                            ) c37 join source s38 on s38.id = c37.source_id cross join lateral unnest(case when c37.credited_outlet is not null then string_to_array(c37.credited_outlet, ',') when c37.credits then array[]::text[] else array[coalesce(s38.publisher, s38.author, '“' || s38.title || '”')] end) as o35(outlet)
                          ) o34 order by 1 limit 100)), '{"$error":11}'::json) as "outlets", (
                            select row_to_json(z39.*) from (
                              select ('[' || coalesce(a40.l0, '') || ']')::json as "edges", (
                                select row_to_json(r41.*) from (
                                  select a40.cursors[1] as "startCursor", exists (
                                    select 1 from commitment q42 where (q42.deal_id = c30.id) and (not (coalesce(q42.date_earliest, q42.date_latest, 'infinity'::date), q42.id) > (cast(? as date), ?))
                                  ) as "hasPreviousPage", a40.fetched > ? as "hasNextPage"
                                ) r41
                              ) as "pageInfo" from (
                                select count(*) as fetched, (array_agg(n43.cursor order by n43.ord) filter (where n43.ord <= ?)) as cursors, string_agg(n43.l0::text, ',' order by n43.ord) filter (where n43.ord <= ?) as l0 from (
                                  select row_number() over (order by t44.sort_0, t44.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t44.sort_0::text)]::text[], t44.id) as cursor, (
                                    select row_to_json(r45.*) from (
                                      select dg_cursor(cast(? as text), array[dg_cursor_value(t44.sort_0::text)]::text[], t44.id) as "cursor", null::text as "inForce"
                                    ) r45
                                  ) as l0 from (
                                    select q42.*, coalesce(q42.date_earliest, q42.date_latest, 'infinity'::date) as sort_0 from commitment q42 where (q42.deal_id = c30.id) and ((coalesce(q42.date_earliest, q42.date_latest, 'infinity'::date), q42.id) > (cast(? as date), ?)) order by coalesce(q42.date_earliest, q42.date_latest, 'infinity'::date), q42.id limit ?
                                  ) t44
                                ) n43
                              ) a40
                            ) z39
                          ) as "commitments"
                        ) r27
                      ) from deal c30 where c30.id = t8.deal_id limit 1
                    ) as "deal"
                  ) r21
                ) as l1 from (
                  select q4.*, coalesce(q4.valid_from_earliest, q4.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x5.start_earliest, x5.start_latest, x5.start_precision, x5.end_earliest, x5.end_latest, x5.end_precision) as in_force from exclusive_term q4 join exclusivity_term_timing x5 on x5.term_id = q4.id where (q4.grantor_id = t2.id) and (in_force(cast(? as date), x5.start_earliest, x5.start_latest, x5.start_precision, x5.end_earliest, x5.end_latest, x5.end_precision) <> 'FALSE') order by coalesce(q4.valid_from_earliest, q4.valid_from_latest, 'infinity'::date), q4.id limit ?
                ) t8
              ) n7
            ) a6
          ) z3
        ) as "exclusivityGranted"
      ) r1
    ) from organization t2 where lower(t2.name) = lower(?) or exists (select 1 from organization_alias a46 where a46.organization_id = t2.id and lower(a46.value) = lower(?)) order by t2.id limit 1
  )
)::text
-- values: ["2026-04-28",3,3,3,"VALID_FROM:ASC","2026-04-29","2016-12-22","2018-07-01",10008936,3,3,3,"DATE:ASC","DATE:ASC","2018-07-01",10008936,4,"2026-04-28","2026-04-28",4,"NOE278","NOE278"]
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
