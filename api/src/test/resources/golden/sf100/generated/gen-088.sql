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
                select distinct trim(o9.outlet) collate "C" as outlet from citation c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o9(outlet) where c10.deal_id = t6.id
              ) o8 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t6.slug as "slug", (
                select row_to_json(z12.*) from (
                  select (
                    select count(*) from deal_party q13 where q13.deal_id = t6.id
                  ) as "totalCount", ('[' || coalesce(a14.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                      select row_number() over (order by t16.sort_0, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text)]::text[], t16.id) as cursor, (
                        select row_to_json(r17.*) from (
                          select coalesce(to_json((select count(*)::int from (
                            select distinct trim(o18.outlet) collate "C" as outlet from citation c19 join source s20 on s20.id = c19.source_id cross join lateral unnest(case when c19.credited_outlet is not null then string_to_array(c19.credited_outlet, ',') else array[coalesce(s20.publisher, s20.author, '“' || s20.title || '”')] end) as o18(outlet) where c19.deal_party_id = t16.id
                          ) o21)), '{"$error":1}'::json) as "corroboration", t16.role as "role", coalesce(to_json(array(select o22.outlet from (
                            select distinct trim(o23.outlet) collate "C" as outlet from citation c24 join source s25 on s25.id = c24.source_id cross join lateral unnest(case when c24.credited_outlet is not null then string_to_array(c24.credited_outlet, ',') else array[coalesce(s25.publisher, s25.author, '“' || s25.title || '”')] end) as o23(outlet) where c24.deal_party_id = t16.id
                          ) o22 order by 1 limit 100)), '{"$error":2}'::json) as "outlets"
                        ) r17
                      ) as l0 from (
                        select q13.*, (q13.role) collate "C" as sort_0 from deal_party q13 where q13.deal_id = t6.id order by (q13.role) collate "C", q13.id limit ?
                      ) t16
                    ) n15
                  ) a14
                ) z12
              ) as "parties", (
                select row_to_json(z26.*) from (
                  select (
                    select row_to_json(r27.*) from (
                      select a28.cursors[1] as "startCursor", a28.fetched > ? as "hasNextPage"
                    ) r27
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n29.cursor order by n29.ord) filter (where n29.ord <= ?)) as cursors from (
                      select row_number() over (order by t30.sort_0, t30.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t30.sort_0::text)]::text[], t30.id) as cursor from (
                        select q31.*, coalesce(q31.announced_earliest, q31.announced_latest, 'infinity'::date) as sort_0 from deal q31 where q31.parent_id = t6.id order by coalesce(q31.announced_earliest, q31.announced_latest, 'infinity'::date), q31.id limit ?
                      ) t30
                    ) n29
                  ) a28
                ) z26
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
