-- organizationByName
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.name as "name", (
          select row_to_json(z3.*) from (
            select (
              select count(*) from exclusivity_term q4 join exclusivity_term_timing x5 on x5.term_id = q4.id where (q4.grantor_id = t2.id) and (in_force(cast(? as date), x5.start_earliest, x5.start_latest, x5.start_precision, x5.end_earliest, x5.end_latest, x5.end_precision) <> 'FALSE')
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
                                select distinct trim(o14.outlet) collate "C" as outlet from citation c15 join source s16 on s16.id = c15.source_id cross join lateral unnest(case when c15.credited_outlet is not null then string_to_array(c15.credited_outlet, ',') else array[coalesce(s16.publisher, s16.author, '“' || s16.title || '”')] end) as o14(outlet) where c15.exclusivity_term_id = c17.id
                              ) o13 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", c17.scope as "scope", coalesce(to_json(coalesce((
                                select in_force(cast(? as date), x18.start_earliest, x18.start_latest, x18.start_precision, x18.end_earliest, x18.end_latest, x18.end_precision) from exclusivity_term_timing x18 where x18.term_id = c17.id
                              ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce"
                            ) r12
                          ) from exclusivity_term c17 where c17.id = t8.superseded_by_term_id limit 1
                        ) as "supersededBy", (case when t8.valid_to_precision is null then null else (
                          select row_to_json(r19.*) from (
                            select coalesce(to_json(t8.valid_to_text), '{"$error":3}'::json) as "text", coalesce(to_json(t8.valid_to_precision), '{"$error":4}'::json) as "precision"
                          ) r19
                        ) end) as "validTo"
                      ) r10
                    ) as "node"
                  ) r9
                ) as l0, (
                  select row_to_json(r20.*) from (
                    select coalesce(to_json(array(select o21.outlet from (
                      select distinct trim(o22.outlet) collate "C" as outlet from citation c23 join source s24 on s24.id = c23.source_id cross join lateral unnest(case when c23.credited_outlet is not null then string_to_array(c23.credited_outlet, ',') else array[coalesce(s24.publisher, s24.author, '“' || s24.title || '”')] end) as o22(outlet) where c23.exclusivity_term_id = t8.id
                    ) o21 order by 1 limit 100)), '{"$error":5}'::json) as "outlets", t8.scope as "scope", t8.slug as "slug", coalesce(to_json(dg_global_id('ExclusivityTerm', t8.slug)), '{"$error":6}'::json) as "id", (
                      select (
                        select row_to_json(r25.*) from (
                          select coalesce(to_json((select count(*)::int from (
                            select distinct trim(o26.outlet) collate "C" as outlet from citation c27 join source s28 on s28.id = c27.source_id cross join lateral unnest(case when c27.credited_outlet is not null then string_to_array(c27.credited_outlet, ',') else array[coalesce(s28.publisher, s28.author, '“' || s28.title || '”')] end) as o26(outlet) where c27.deal_id = c29.id
                          ) o30)), '{"$error":7}'::json) as "corroboration", c29.kind as "kind", coalesce(to_json(array(select o31.outlet from (
                            select distinct trim(o32.outlet) collate "C" as outlet from citation c33 join source s34 on s34.id = c33.source_id cross join lateral unnest(case when c33.credited_outlet is not null then string_to_array(c33.credited_outlet, ',') else array[coalesce(s34.publisher, s34.author, '“' || s34.title || '”')] end) as o32(outlet) where c33.deal_id = c29.id
                          ) o31 order by 1 limit 100)), '{"$error":8}'::json) as "outlets", (
                            select row_to_json(z35.*) from (
                              select ('[' || coalesce(a36.l0, '') || ']')::json as "edges", (
                                select row_to_json(r37.*) from (
                                  select a36.cursors[1] as "startCursor", exists (
                                    select 1 from commitment q38 where (q38.deal_id = c29.id) and (not (coalesce(q38.date_earliest, q38.date_latest, 'infinity'::date), q38.id) > (cast(? as date), ?))
                                  ) as "hasPreviousPage", a36.fetched > ? as "hasNextPage"
                                ) r37
                              ) as "pageInfo" from (
                                select count(*) as fetched, (array_agg(n39.cursor order by n39.ord) filter (where n39.ord <= ?)) as cursors, string_agg(n39.l0::text, ',' order by n39.ord) filter (where n39.ord <= ?) as l0 from (
                                  select row_number() over (order by t40.sort_0, t40.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t40.sort_0::text)]::text[], t40.id) as cursor, (
                                    select row_to_json(r41.*) from (
                                      select dg_cursor(cast(? as text), array[dg_cursor_value(t40.sort_0::text)]::text[], t40.id) as "cursor", null::text as "inForce"
                                    ) r41
                                  ) as l0 from (
                                    select q38.*, coalesce(q38.date_earliest, q38.date_latest, 'infinity'::date) as sort_0 from commitment q38 where (q38.deal_id = c29.id) and ((coalesce(q38.date_earliest, q38.date_latest, 'infinity'::date), q38.id) > (cast(? as date), ?)) order by coalesce(q38.date_earliest, q38.date_latest, 'infinity'::date), q38.id limit ?
                                  ) t40
                                ) n39
                              ) a36
                            ) z35
                          ) as "commitments"
                        ) r25
                      ) from deal c29 where c29.id = t8.deal_id limit 1
                    ) as "deal"
                  ) r20
                ) as l1 from (
                  select q4.*, coalesce(q4.valid_from_earliest, q4.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x5.start_earliest, x5.start_latest, x5.start_precision, x5.end_earliest, x5.end_latest, x5.end_precision) as in_force from exclusivity_term q4 join exclusivity_term_timing x5 on x5.term_id = q4.id where (q4.grantor_id = t2.id) and (in_force(cast(? as date), x5.start_earliest, x5.start_latest, x5.start_precision, x5.end_earliest, x5.end_latest, x5.end_precision) <> 'FALSE') order by coalesce(q4.valid_from_earliest, q4.valid_from_latest, 'infinity'::date), q4.id limit ?
                ) t8
              ) n7
            ) a6
          ) z3
        ) as "exclusivityGranted"
      ) r1
    ) from organization t2 where lower(t2.name) = lower(?) or exists (select 1 from organization_alias a42 where a42.organization_id = t2.id and lower(a42.value) = lower(?)) order by t2.id limit 1
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
