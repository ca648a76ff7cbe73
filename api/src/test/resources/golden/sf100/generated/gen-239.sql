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
                                select distinct trim(o14.outlet) collate "C" as outlet from citation c15 join source s16 on s16.id = c15.source_id cross join lateral unnest(case when c15.credited_outlet is not null then string_to_array(c15.credited_outlet, ',') else array[coalesce(s16.publisher, s16.author, '“' || s16.title || '”')] end) as o14(outlet) where c15.deal_party_id = t11.id
                              ) o13 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t11.role as "a1", coalesce(to_json((select count(*)::int from (
                                select distinct trim(o17.outlet) collate "C" as outlet from citation c18 join source s19 on s19.id = c18.source_id cross join lateral unnest(case when c18.credited_outlet is not null then string_to_array(c18.credited_outlet, ',') else array[coalesce(s19.publisher, s19.author, '“' || s19.title || '”')] end) as o17(outlet) where c18.deal_party_id = t11.id
                              ) o20)), '{"$error":1}'::json) as "corroboration"
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
            select q21.*, coalesce(q21.announced_earliest, q21.announced_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x22.start_earliest, x22.start_latest, x22.start_precision, x22.end_earliest, x22.end_latest, x22.end_precision) as in_force from deal q21 join deal_timing x22 on x22.deal_id = q21.id where in_force(cast(? as date), x22.start_earliest, x22.start_latest, x22.start_precision, x22.end_earliest, x22.end_latest, x22.end_precision) <> 'FALSE' order by coalesce(q21.announced_earliest, q21.announced_latest, 'infinity'::date), q21.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [3,3,"ANNOUNCED:ASC","ANNOUNCED:ASC",3,3,"ROLE:ASC",4,"2017-06-11","2017-06-11",4]
