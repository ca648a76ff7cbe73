-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.deal_id = t5.id
        ) o6)), '{"$error":0}'::json) as "corroboration", t5.slug as "slug", coalesce(to_json(array(select o7.outlet from (
          select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.deal_id = t5.id
        ) o7 order by 1 limit 100)), '{"$error":1}'::json) as "a2", t5.kind as "kind", (
          select (
            select row_to_json(r11.*) from (
              select coalesce(to_json(array(select o12.outlet from (
                select distinct trim(o13.outlet) collate "C" as outlet from citation c14 join source s15 on s15.id = c14.source_id cross join lateral unnest(case when c14.credited_outlet is not null then string_to_array(c14.credited_outlet, ',') else array[coalesce(s15.publisher, s15.author, '“' || s15.title || '”')] end) as o13(outlet) where c14.deal_id = c16.id
              ) o12 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", coalesce(to_json((select count(*)::int from (
                select distinct trim(o17.outlet) collate "C" as outlet from citation c18 join source s19 on s19.id = c18.source_id cross join lateral unnest(case when c18.credited_outlet is not null then string_to_array(c18.credited_outlet, ',') else array[coalesce(s19.publisher, s19.author, '“' || s19.title || '”')] end) as o17(outlet) where c18.deal_id = c16.id
              ) o20)), '{"$error":3}'::json) as "corroboration", coalesce(to_json(coalesce((
                select in_force(cast(? as date), x21.start_earliest, x21.start_latest, x21.start_precision, x21.end_earliest, x21.end_latest, x21.end_precision) from deal_timing x21 where x21.deal_id = c16.id
              ), 'UNKNOWN')), '{"$error":4}'::json) as "inForce", c16.summary as "summary"
            ) r11
          ) from deal c16 where c16.id = t5.parent_id limit 1
        ) as "parent"
      ) r1
    ) from deal t5 where t5.slug = ? limit 1
  )
)::text
-- values: ["2017-06-11","granite-energy-693-cirrus-labs-556-partnership-723"]
-- organizationByName
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select a2.value from organization_alias a2 where a2.organization_id = t3.id and a2.kind = 'ALIAS' order by a2.value limit 100)), '{"$error":0}'::json) as "aliases", t3.slug as "slug", t3.name as "name", (
          select row_to_json(z4.*) from (
            select ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
                select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
                  select row_to_json(r8.*) from (
                    select t7.scope as "scope", t7.slug as "slug", (
                      select (
                        select row_to_json(r9.*) from (
                          select c10.status as "status", coalesce(to_json(dg_global_id('Deal', c10.slug)), '{"$error":1}'::json) as "id", coalesce(to_json(array(select o11.outlet from (
                            select distinct trim(o12.outlet) collate "C" as outlet from citation c13 join source s14 on s14.id = c13.source_id cross join lateral unnest(case when c13.credited_outlet is not null then string_to_array(c13.credited_outlet, ',') else array[coalesce(s14.publisher, s14.author, '“' || s14.title || '”')] end) as o12(outlet) where c13.deal_id = c10.id
                          ) o11 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", c10.slug as "slug", (
                            select row_to_json(z15.*) from (
                              select (
                                select count(*) from commitment q16 where q16.deal_id = c10.id
                              ) as "totalCount", ('[' || coalesce(a17.l0, '') || ']')::json as "edges", ('[' || coalesce(a17.l1, '') || ']')::json as "nodes" from (
                                select count(*) as fetched, (array_agg(n18.cursor order by n18.ord) filter (where n18.ord <= ?)) as cursors, string_agg(n18.l0::text, ',' order by n18.ord) filter (where n18.ord <= ?) as l0, string_agg(n18.l1::text, ',' order by n18.ord) filter (where n18.ord <= ?) as l1 from (
                                  select row_number() over (order by t19.sort_0, t19.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t19.sort_0::text)]::text[], t19.id) as cursor, (
                                    select row_to_json(r20.*) from (
                                      select null::text as "inForce", dg_cursor(cast(? as text), array[dg_cursor_value(t19.sort_0::text)]::text[], t19.id) as "cursor"
                                    ) r20
                                  ) as l0, (
                                    select row_to_json(r21.*) from (
                                      select coalesce(to_json(dg_global_id('Commitment', t19.slug)), '{"$error":3}'::json) as "id", t19.slug as "slug", coalesce(to_json(coalesce((
                                        select in_force(cast(? as date), x22.start_earliest, x22.start_latest, x22.start_precision, x22.end_earliest, x22.end_latest, x22.end_precision) from commitment_timing x22 where x22.commitment_id = t19.id
                                      ), 'UNKNOWN')), '{"$error":4}'::json) as "inForce", t19.resource as "a3"
                                    ) r21
                                  ) as l1 from (
                                    select q16.*, coalesce(q16.date_earliest, q16.date_latest, 'infinity'::date) as sort_0 from commitment q16 where q16.deal_id = c10.id order by coalesce(q16.date_earliest, q16.date_latest, 'infinity'::date), q16.id limit ?
                                  ) t19
                                ) n18
                              ) a17
                            ) z15
                          ) as "commitments"
                        ) r9
                      ) from deal c10 where c10.id = t7.deal_id limit 1
                    ) as "deal", (case when t7.valid_to_precision is null then null else (
                      select row_to_json(r23.*) from (
                        select coalesce(to_json(dg_fuzzy_display(t7.valid_to_earliest, t7.valid_to_latest, t7.valid_to_precision)), '{"$error":5}'::json) as "display"
                      ) r23
                    ) end) as "validTo"
                  ) r8
                ) as l0 from (
                  select q24.*, coalesce(q24.valid_from_earliest, q24.valid_from_latest, 'infinity'::date) as sort_0 from exclusivity_term q24 where q24.grantor_id = t3.id order by coalesce(q24.valid_from_earliest, q24.valid_from_latest, 'infinity'::date), q24.id limit ?
                ) t7
              ) n6
            ) a5
          ) z4
        ) as "exclusivityGranted", (
          select row_to_json(z25.*) from (
            select ('[' || coalesce(a26.l0, '') || ']')::json as "edges", (
              select row_to_json(r27.*) from (
                select false as "hasPreviousPage", a26.fetched > ? as "hasNextPage", a26.cursors[array_length(a26.cursors, 1)] as "endCursor"
              ) r27
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n28.cursor order by n28.ord) filter (where n28.ord <= ?)) as cursors, string_agg(n28.l0::text, ',' order by n28.ord) filter (where n28.ord <= ?) as l0 from (
                select row_number() over (order by t29.sort_0, t29.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t29.sort_0::text)]::text[], t29.id) as cursor, (
                  select row_to_json(r30.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t29.sort_0::text)]::text[], t29.id) as "cursor", (
                      select row_to_json(r31.*) from (
                        select coalesce(to_json((select count(*)::int from (
                          select distinct trim(o32.outlet) collate "C" as outlet from citation c33 join source s34 on s34.id = c33.source_id cross join lateral unnest(case when c33.credited_outlet is not null then string_to_array(c33.credited_outlet, ',') else array[coalesce(s34.publisher, s34.author, '“' || s34.title || '”')] end) as o32(outlet) where c33.event_id = t29.id
                        ) o35)), '{"$error":6}'::json) as "corroboration", t29.title as "title", t29.description as "description"
                      ) r31
                    ) as "node"
                  ) r30
                ) as l0 from (
                  select q36.*, coalesce(q36.date_earliest, q36.date_latest, 'infinity'::date) as sort_0 from event q36 where exists (select 1 from event_organization eo37 where eo37.event_id = q36.id and eo37.organization_id = t3.id) order by coalesce(q36.date_earliest, q36.date_latest, 'infinity'::date), q36.id limit ?
                ) t29
              ) n28
            ) a26
          ) z25
        ) as "events"
      ) r1
    ) from organization t3 where lower(t3.name) = lower(?) or exists (select 1 from organization_alias a38 where a38.organization_id = t3.id and lower(a38.value) = lower(?)) order by t3.id limit 1
  )
)::text
-- values: [3,3,"VALID_FROM:ASC",1,1,1,"DATE:ASC","DATE:ASC","2026-05-01",2,4,1,1,1,"DATE:ASC","DATE:ASC",2,"Atlas Networks 650","Atlas Networks 650"]
