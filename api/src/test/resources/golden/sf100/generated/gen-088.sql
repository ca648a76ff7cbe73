-- organizationByName
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select a2.value from organization_alias a2 where a2.organization_id = t3.id and a2.kind = 'ALIAS' order by a2.value limit 100)), '{"$error":0}'::json) as "aliases", (
          select row_to_json(z4.*) from (
            select (
              select row_to_json(r5.*) from (
                select a6.cursors[1] as "startCursor"
              ) r5
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors from (
                select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor from (
                  select q9.*, coalesce(q9.date_earliest, q9.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x10.start_earliest, x10.start_latest, x10.start_precision, x10.end_earliest, x10.end_latest, x10.end_precision) as in_force from commitment q9 join commitment_timing x10 on x10.commitment_id = q9.id where (q9.recipient_id = t3.id) and (in_force(cast(? as date), x10.start_earliest, x10.start_latest, x10.start_precision, x10.end_earliest, x10.end_latest, x10.end_precision) <> 'FALSE') order by coalesce(q9.date_earliest, q9.date_latest, 'infinity'::date), q9.id limit ?
                ) t8
              ) n7
            ) a6
          ) z4
        ) as "commitmentsReceived", (
          select row_to_json(z11.*) from (
            select (
              select row_to_json(r12.*) from (
                select a13.fetched > ? as "hasNextPage", a13.cursors[array_length(a13.cursors, 1)] as "endCursor", a13.cursors[1] as "startCursor", false as "hasPreviousPage"
              ) r12
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors from (
                select row_number() over (order by t15.sort_0, t15.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text)]::text[], t15.id) as cursor from (
                  select q16.*, coalesce(q16.date_earliest, q16.date_latest, 'infinity'::date) as sort_0 from commitment q16 where q16.recipient_id = t3.id order by coalesce(q16.date_earliest, q16.date_latest, 'infinity'::date), q16.id limit ?
                ) t15
              ) n14
            ) a13
          ) z11
        ) as "again2"
      ) r1
    ) from organization t3 where lower(t3.name) = lower(?) or exists (select 1 from organization_alias a17 where a17.organization_id = t3.id and lower(a17.value) = lower(?)) order by t3.id limit 1
  )
)::text
-- values: [3,"DATE:ASC","2015-06-30","2015-06-30",4,2,2,"DATE:ASC",3,"Alphabet","Alphabet"]
-- deals
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from deal q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes", (
        select row_to_json(r4.*) from (
          select a3.fetched > ? as "hasNextPage"
        ) r4
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select coalesce(to_json(array(select o8.outlet from (
                select distinct trim(o9.outlet) collate "C" as outlet from (
                  select cc10.source_id, cc10.credited_outlet, bool_or(cc10.credited_outlet is not null) over (partition by cc10.source_id) as credits from citation cc10 where cc10.deal_id = t6.id
                ) c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') when c11.credits then array[]::text[] else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o9(outlet)
              ) o8 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t6.slug as "slug", (
                select row_to_json(z13.*) from (
                  select (
                    select count(*) from deal_party q14 where q14.deal_id = t6.id
                  ) as "totalCount", ('[' || coalesce(a15.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n16.cursor order by n16.ord) filter (where n16.ord <= ?)) as cursors, string_agg(n16.l0::text, ',' order by n16.ord) filter (where n16.ord <= ?) as l0 from (
                      select row_number() over (order by t17.sort_0, t17.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t17.sort_0::text)]::text[], t17.id) as cursor, (
                        select row_to_json(r18.*) from (
                          select coalesce(to_json((select count(*)::int from (
                            select distinct trim(o19.outlet) collate "C" as outlet from (
                              select cc20.source_id, cc20.credited_outlet, bool_or(cc20.credited_outlet is not null) over (partition by cc20.source_id) as credits from citation cc20 where cc20.deal_party_id = t17.id
                            ) c21 join source s22 on s22.id = c21.source_id cross join lateral unnest(case when c21.credited_outlet is not null then string_to_array(c21.credited_outlet, ',') when c21.credits then array[]::text[] else array[coalesce(s22.publisher, s22.author, '“' || s22.title || '”')] end) as o19(outlet)
                          ) o23)), '{"$error":1}'::json) as "corroboration", t17.role as "role", coalesce(to_json(array(select o24.outlet from (
                            select distinct trim(o25.outlet) collate "C" as outlet from (
                              select cc26.source_id, cc26.credited_outlet, bool_or(cc26.credited_outlet is not null) over (partition by cc26.source_id) as credits from citation cc26 where cc26.deal_party_id = t17.id
                            ) c27 join source s28 on s28.id = c27.source_id cross join lateral unnest(case when c27.credited_outlet is not null then string_to_array(c27.credited_outlet, ',') when c27.credits then array[]::text[] else array[coalesce(s28.publisher, s28.author, '“' || s28.title || '”')] end) as o25(outlet)
                          ) o24 order by 1 limit 100)), '{"$error":2}'::json) as "outlets"
                        ) r18
                      ) as l0 from (
                        select q14.*, (q14.role) collate "C" as sort_0 from deal_party q14 where q14.deal_id = t6.id order by (q14.role) collate "C", q14.id limit ?
                      ) t17
                    ) n16
                  ) a15
                ) z13
              ) as "parties", (
                select row_to_json(z29.*) from (
                  select (
                    select row_to_json(r30.*) from (
                      select a31.cursors[1] as "startCursor", a31.fetched > ? as "hasNextPage"
                    ) r30
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n32.cursor order by n32.ord) filter (where n32.ord <= ?)) as cursors from (
                      select row_number() over (order by t33.sort_0, t33.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t33.sort_0::text)]::text[], t33.id) as cursor from (
                        select q34.*, coalesce(q34.announced_earliest, q34.announced_latest, 'infinity'::date) as sort_0 from deal q34 where q34.parent_id = t6.id order by coalesce(q34.announced_earliest, q34.announced_latest, 'infinity'::date), q34.id limit ?
                      ) t33
                    ) n32
                  ) a31
                ) z29
              ) as "subDeals"
            ) r7
          ) as l0 from (
            select q2.*, coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date) as sort_0 from deal q2 where (true) and ((coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id) > (cast(? as date), ?)) order by coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a3
    ) z1
  )
)::text
-- values: [1,1,1,"ANNOUNCED:ASC",2,2,"ROLE:ASC",3,3,3,"ANNOUNCED:ASC",4,"2015-05-02",10009938,2]
