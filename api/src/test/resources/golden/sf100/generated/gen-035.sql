-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from (
            select cc3.source_id, cc3.credited_outlet, bool_or(cc3.credited_outlet is not null) over (partition by cc3.source_id) as credits from citation cc3 where cc3.deal_id = t4.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o2(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", t4.slug as "slug", coalesce(to_json(array(select o8.outlet from (
          select distinct trim(o9.outlet) collate "C" as outlet from (
            select cc10.source_id, cc10.credited_outlet, bool_or(cc10.credited_outlet is not null) over (partition by cc10.source_id) as credits from citation cc10 where cc10.deal_id = t4.id
          ) c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') when c11.credits then array[]::text[] else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o9(outlet)
        ) o8 order by 1 limit 100)), '{"$error":1}'::json) as "a2", t4.kind as "kind", (
          select (
            select row_to_json(r13.*) from (
              select coalesce(to_json(array(select o14.outlet from (
                select distinct trim(o15.outlet) collate "C" as outlet from (
                  select cc16.source_id, cc16.credited_outlet, bool_or(cc16.credited_outlet is not null) over (partition by cc16.source_id) as credits from citation cc16 where cc16.deal_id = c17.id
                ) c18 join source s19 on s19.id = c18.source_id cross join lateral unnest(case when c18.credited_outlet is not null then string_to_array(c18.credited_outlet, ',') when c18.credits then array[]::text[] else array[coalesce(s19.publisher, s19.author, '“' || s19.title || '”')] end) as o15(outlet)
              ) o14 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", coalesce(to_json((select count(*)::int from (
                select distinct trim(o20.outlet) collate "C" as outlet from (
                  select cc21.source_id, cc21.credited_outlet, bool_or(cc21.credited_outlet is not null) over (partition by cc21.source_id) as credits from citation cc21 where cc21.deal_id = c17.id
                ) c22 join source s23 on s23.id = c22.source_id cross join lateral unnest(case when c22.credited_outlet is not null then string_to_array(c22.credited_outlet, ',') when c22.credits then array[]::text[] else array[coalesce(s23.publisher, s23.author, '“' || s23.title || '”')] end) as o20(outlet)
              ) o24)), '{"$error":3}'::json) as "corroboration", coalesce(to_json(coalesce((
                select in_force(cast(? as date), x25.start_earliest, x25.start_latest, x25.start_precision, x25.end_earliest, x25.end_latest, x25.end_precision) from deal_timing x25 where x25.deal_id = c17.id
              ), 'UNKNOWN')), '{"$error":4}'::json) as "inForce", c17.summary as "summary"
            ) r13
          ) from deal c17 where c17.id = t4.parent_id limit 1
        ) as "parent"
      ) r1
    ) from deal t4 where t4.slug = ? limit 1
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
                    select coalesce(to_json(t7.scope), '{"$error":1}'::json) as "scope", coalesce(to_json(t7.slug), '{"$error":2}'::json) as "slug", (
                      select (
                        select row_to_json(r9.*) from (
                          select c10.status as "status", coalesce(to_json(dg_global_id('Deal', c10.slug)), '{"$error":3}'::json) as "id", coalesce(to_json(array(select o11.outlet from (
                            select distinct trim(o12.outlet) collate "C" as outlet from (
                              select cc13.source_id, cc13.credited_outlet, bool_or(cc13.credited_outlet is not null) over (partition by cc13.source_id) as credits from citation cc13 where cc13.deal_id = c10.id
                            ) c14 join source s15 on s15.id = c14.source_id cross join lateral unnest(case when c14.credited_outlet is not null then string_to_array(c14.credited_outlet, ',') when c14.credits then array[]::text[] else array[coalesce(s15.publisher, s15.author, '“' || s15.title || '”')] end) as o12(outlet)
                          ) o11 order by 1 limit 100)), '{"$error":4}'::json) as "outlets", c10.slug as "slug", (
                            select row_to_json(z16.*) from (
                              select (
                                select count(*) from commitment q17 where q17.deal_id = c10.id
                              ) as "totalCount", ('[' || coalesce(a18.l0, '') || ']')::json as "edges", ('[' || coalesce(a18.l1, '') || ']')::json as "nodes" from (
                                select count(*) as fetched, (array_agg(n19.cursor order by n19.ord) filter (where n19.ord <= ?)) as cursors, string_agg(n19.l0::text, ',' order by n19.ord) filter (where n19.ord <= ?) as l0, string_agg(n19.l1::text, ',' order by n19.ord) filter (where n19.ord <= ?) as l1 from (
                                  select row_number() over (order by t20.sort_0, t20.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t20.sort_0::text)]::text[], t20.id) as cursor, (
                                    select row_to_json(r21.*) from (
                                      select null::text as "inForce", dg_cursor(cast(? as text), array[dg_cursor_value(t20.sort_0::text)]::text[], t20.id) as "cursor"
                                    ) r21
                                  ) as l0, (
                                    select row_to_json(r22.*) from (
                                      select coalesce(to_json(dg_global_id('Commitment', t20.slug)), '{"$error":5}'::json) as "id", t20.slug as "slug", coalesce(to_json(coalesce((
                                        select in_force(cast(? as date), x23.start_earliest, x23.start_latest, x23.start_precision, x23.end_earliest, x23.end_latest, x23.end_precision) from commitment_timing x23 where x23.commitment_id = t20.id
                                      ), 'UNKNOWN')), '{"$error":6}'::json) as "inForce", t20.resource as "a3"
                                    ) r22
                                  ) as l1 from (
                                    select q17.*, coalesce(q17.date_earliest, q17.date_latest, 'infinity'::date) as sort_0 from commitment q17 where q17.deal_id = c10.id order by coalesce(q17.date_earliest, q17.date_latest, 'infinity'::date), q17.id limit ?
                                  ) t20
                                ) n19
                              ) a18
                            ) z16
                          ) as "commitments"
                        ) r9
                      ) from deal c10 where c10.id = t7.deal_id limit 1
                    ) as "deal", (case when t7.valid_to_precision is null then null else (
                      select row_to_json(r24.*) from (
                        select coalesce(to_json(dg_fuzzy_display(t7.valid_to_earliest, t7.valid_to_latest, t7.valid_to_precision)), '{"$error":7}'::json) as "display"
                      ) r24
                    ) end) as "validTo"
                  ) r8
                ) as l0 from (
                  select q25.*, coalesce(q25.valid_from_earliest, q25.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q25 where q25.grantor_id = t3.id order by coalesce(q25.valid_from_earliest, q25.valid_from_latest, 'infinity'::date), q25.id limit ?
                ) t7
              ) n6
            ) a5
          ) z4
        ) as "exclusivityGranted", (
          select row_to_json(z26.*) from (
            select ('[' || coalesce(a27.l0, '') || ']')::json as "edges", (
              select row_to_json(r28.*) from (
                select false as "hasPreviousPage", a27.fetched > ? as "hasNextPage", a27.cursors[array_length(a27.cursors, 1)] as "endCursor"
              ) r28
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n29.cursor order by n29.ord) filter (where n29.ord <= ?)) as cursors, string_agg(n29.l0::text, ',' order by n29.ord) filter (where n29.ord <= ?) as l0 from (
                select row_number() over (order by t30.sort_0, t30.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t30.sort_0::text)]::text[], t30.id) as cursor, (
                  select row_to_json(r31.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t30.sort_0::text)]::text[], t30.id) as "cursor", (
                      select row_to_json(r32.*) from (
                        select coalesce(to_json((select count(*)::int from (
                          select distinct trim(o33.outlet) collate "C" as outlet from (
                            select cc34.source_id, cc34.credited_outlet, bool_or(cc34.credited_outlet is not null) over (partition by cc34.source_id) as credits from citation cc34 where cc34.event_id = t30.id
                          ) c35 join source s36 on s36.id = c35.source_id cross join lateral unnest(case when c35.credited_outlet is not null then string_to_array(c35.credited_outlet, ',') when c35.credits then array[]::text[] else array[coalesce(s36.publisher, s36.author, '“' || s36.title || '”')] end) as o33(outlet)
                        ) o37)), '{"$error":8}'::json) as "corroboration", t30.title as "title", t30.description as "description"
                      ) r32
                    ) as "node"
                  ) r31
                ) as l0 from (
                  select q38.*, coalesce(q38.date_earliest, q38.date_latest, 'infinity'::date) as sort_0 from event q38 where exists (select 1 from event_organization eo39 where eo39.event_id = q38.id and eo39.organization_id = t3.id) order by coalesce(q38.date_earliest, q38.date_latest, 'infinity'::date), q38.id limit ?
                ) t30
              ) n29
            ) a27
          ) z26
        ) as "events"
      ) r1
    ) from organization t3 where lower(t3.name) = lower(?) or exists (select 1 from organization_alias a40 where a40.organization_id = t3.id and lower(a40.value) = lower(?)) order by t3.id limit 1
  )
)::text
-- values: [3,3,"VALID_FROM:ASC",1,1,1,"DATE:ASC","DATE:ASC","2026-05-01",2,4,1,1,1,"DATE:ASC","DATE:ASC",2,"Atlas Networks 650","Atlas Networks 650"]
