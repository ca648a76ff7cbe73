-- r1
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", t4.in_force as "inForce", (
                select row_to_json(r6.*) from (
                  select t4.slug as "slug", (
                    select row_to_json(z7.*) from (
                      select (
                        select count(*) from deal_party q8 where q8.deal_id = t4.id
                      ) as "totalCount", ('[' || coalesce(a9.l0, '') || ']')::json as "nodes" from (
                        select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors, string_agg(n10.l0::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l0 from (
                          select row_number() over (order by t11.sort_0, t11.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text)]::text[], t11.id) as cursor, (
                            select row_to_json(r12.*) from (
                              select coalesce(to_json(array(select o13.outlet from (
                                select distinct trim(o14.outlet) collate "C" as outlet from (
                                  select cc15.source_id, cc15.credited_outlet, bool_or(cc15.credited_outlet is not null) over (partition by cc15.source_id) as credits from citation cc15 where cc15.deal_party_id = t11.id
                                ) c16 join source s17 on s17.id = c16.source_id cross join lateral unnest(case when c16.credited_outlet is not null then string_to_array(c16.credited_outlet, ',') when c16.credits then array[]::text[] else array[coalesce(s17.publisher, s17.author, '“' || s17.title || '”')] end) as o14(outlet)
                              ) o13 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t11.role as "a1", coalesce(to_json((select count(*)::int from (
                                select distinct trim(o18.outlet) collate "C" as outlet from (
                                  select cc19.source_id, cc19.credited_outlet, bool_or(cc19.credited_outlet is not null) over (partition by cc19.source_id) as credits from citation cc19 where cc19.deal_party_id = t11.id
                                ) c20 join source s21 on s21.id = c20.source_id cross join lateral unnest(case when c20.credited_outlet is not null then string_to_array(c20.credited_outlet, ',') when c20.credits then array[]::text[] else array[coalesce(s21.publisher, s21.author, '“' || s21.title || '”')] end) as o18(outlet)
                              ) o22)), '{"$error":1}'::json) as "corroboration"
                            ) r12
                          ) as l0 from (
                            select q8.*, (q8.role) collate "C" as sort_0 from deal_party q8 where q8.deal_id = t4.id order by (q8.role) collate "C", q8.id limit ?
                          ) t11
                        ) n10
                      ) a9
                    ) z7
                  ) as "parties"
                ) r6
              ) as "node"
            ) r5
          ) as l0 from (
            select q23.*, coalesce(q23.announced_earliest, q23.announced_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x24.start_earliest, x24.start_latest, x24.start_precision, x24.end_earliest, x24.end_latest, x24.end_precision) as in_force from deal q23 join deal_timing x24 on x24.deal_id = q23.id where in_force(cast(? as date), x24.start_earliest, x24.start_latest, x24.start_precision, x24.end_earliest, x24.end_latest, x24.end_precision) <> 'FALSE' order by coalesce(q23.announced_earliest, q23.announced_latest, 'infinity'::date), q23.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [3,3,"ANNOUNCED:ASC","ANNOUNCED:ASC",3,3,"ROLE:ASC",4,"2017-06-11","2017-06-11",4]
