-- deals
select (
  '{"$error":0}'::json
)::text
-- values: []
-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.status as "status", coalesce(to_json(coalesce((
          select in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) from deal_timing x3 where x3.deal_id = t2.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", coalesce(to_json(array(select o4.outlet from (
          select distinct trim(o5.outlet) collate "C" as outlet from citation c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o5(outlet) where c6.deal_id = t2.id
        ) o4 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", (
          select row_to_json(z8.*) from (
            select (
              select count(*) from citation q9 where q9.deal_id = t2.id
            ) as "totalCount", (
              select row_to_json(r10.*) from (
                select a11.fetched > ? as "hasNextPage", a11.cursors[array_length(a11.cursors, 1)] as "endCursor", a11.cursors[1] as "a2"
              ) r10
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n12.cursor order by n12.ord) filter (where n12.ord <= ?)) as cursors from (
                select row_number() over (order by t13.sort_0, t13.sort_1, t13.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t13.sort_0::text), dg_cursor_value(t13.sort_1::text)]::text[], t13.id) as cursor from (
                  select q9.*, q9.source_id as sort_0, q9.start_offset as sort_1 from citation q9 where q9.deal_id = t2.id order by q9.source_id, q9.start_offset, q9.id limit ?
                ) t13
              ) n12
            ) a11
          ) z8
        ) as "citations", (
          select row_to_json(z14.*) from (
            select (
              select count(*) from deal q15 where q15.parent_id = t2.id
            ) as "totalCount", ('[' || coalesce(a16.l0, '') || ']')::json as "edges", (
              select row_to_json(r17.*) from (
                select a16.cursors[1] as "startCursor", false as "a1", a16.fetched > ? as "hasNextPage"
              ) r17
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n18.cursor order by n18.ord) filter (where n18.ord <= ?)) as cursors, string_agg(n18.l0::text, ',' order by n18.ord) filter (where n18.ord <= ?) as l0 from (
                select row_number() over (order by t19.sort_0, t19.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t19.sort_0::text)]::text[], t19.id) as cursor, (
                  select row_to_json(r20.*) from (
                    select null::text as "inForce", dg_cursor(cast(? as text), array[dg_cursor_value(t19.sort_0::text)]::text[], t19.id) as "cursor", (
                      select row_to_json(r21.*) from (
                        select coalesce(to_json(coalesce((
                          select in_force(cast(? as date), x22.start_earliest, x22.start_latest, x22.start_precision, x22.end_earliest, x22.end_latest, x22.end_precision) from deal_timing x22 where x22.deal_id = t19.id
                        ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce", coalesce(to_json(array(select o23.outlet from (
                          select distinct trim(o24.outlet) collate "C" as outlet from citation c25 join source s26 on s26.id = c25.source_id cross join lateral unnest(case when c25.credited_outlet is not null then string_to_array(c25.credited_outlet, ',') else array[coalesce(s26.publisher, s26.author, '“' || s26.title || '”')] end) as o24(outlet) where c25.deal_id = t19.id
                        ) o23 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", t19.status as "a2", coalesce(to_json(dg_global_id('Deal', t19.slug)), '{"$error":4}'::json) as "a3", (case when t19.announced_precision is null then null else (
                          select row_to_json(r27.*) from (
                            select coalesce(to_json(dg_fuzzy_display(t19.announced_earliest, t19.announced_latest, t19.announced_precision)), '{"$error":5}'::json) as "display"
                          ) r27
                        ) end) as "announced"
                      ) r21
                    ) as "node"
                  ) r20
                ) as l0 from (
                  select q15.*, coalesce(q15.announced_earliest, q15.announced_latest, 'infinity'::date) as sort_0 from deal q15 where q15.parent_id = t2.id order by coalesce(q15.announced_earliest, q15.announced_latest, 'infinity'::date), q15.id limit ?
                ) t19
              ) n18
            ) a16
          ) z14
        ) as "subDeals"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2015-05-27",2,2,"SOURCE_POSITION:ASC",3,3,3,3,"ANNOUNCED:ASC","ANNOUNCED:ASC","2016-03-18",4,"granite-holdings-1-orion-semiconductor-357-cloud-agreement-5334"]
