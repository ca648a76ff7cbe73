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
          select distinct trim(o5.outlet) collate "C" as outlet from (
            select cc6.source_id, cc6.credited_outlet, bool_or(cc6.credited_outlet is not null) over (partition by cc6.source_id) as credits from citation cc6 where cc6.deal_id = t2.id
          ) c7 join source s8 on s8.id = c7.source_id cross join lateral unnest(case when c7.credited_outlet is not null then string_to_array(c7.credited_outlet, ',') when c7.credits then array[]::text[] else array[coalesce(s8.publisher, s8.author, '“' || s8.title || '”')] end) as o5(outlet)
        ) o4 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", (
          select row_to_json(z9.*) from (
            select (
              select count(*) from citation q10 where q10.deal_id = t2.id
            ) as "totalCount", (
              select row_to_json(r11.*) from (
                select a12.fetched > ? as "hasNextPage", a12.cursors[array_length(a12.cursors, 1)] as "endCursor", a12.cursors[1] as "a2"
              ) r11
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors from (
                select row_number() over (order by t14.sort_0, t14.sort_1, t14.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text), dg_cursor_value(t14.sort_1::text)]::text[], t14.id) as cursor from (
                  select q10.*, q10.source_id as sort_0, q10.start_offset as sort_1 from citation q10 where q10.deal_id = t2.id order by q10.source_id, q10.start_offset, q10.id limit ?
                ) t14
              ) n13
            ) a12
          ) z9
        ) as "citations", (
          select row_to_json(z15.*) from (
            select (
              select count(*) from deal q16 where q16.parent_id = t2.id
            ) as "totalCount", ('[' || coalesce(a17.l0, '') || ']')::json as "edges", (
              select row_to_json(r18.*) from (
                select a17.cursors[1] as "startCursor", false as "a1", a17.fetched > ? as "hasNextPage"
              ) r18
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n19.cursor order by n19.ord) filter (where n19.ord <= ?)) as cursors, string_agg(n19.l0::text, ',' order by n19.ord) filter (where n19.ord <= ?) as l0 from (
                select row_number() over (order by t20.sort_0, t20.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t20.sort_0::text)]::text[], t20.id) as cursor, (
                  select row_to_json(r21.*) from (
                    select null::text as "inForce", dg_cursor(cast(? as text), array[dg_cursor_value(t20.sort_0::text)]::text[], t20.id) as "cursor", (
                      select row_to_json(r22.*) from (
                        select coalesce(to_json(coalesce((
                          select in_force(cast(? as date), x23.start_earliest, x23.start_latest, x23.start_precision, x23.end_earliest, x23.end_latest, x23.end_precision) from deal_timing x23 where x23.deal_id = t20.id
                        ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce", coalesce(to_json(array(select o24.outlet from (
                          select distinct trim(o25.outlet) collate "C" as outlet from (
                            select cc26.source_id, cc26.credited_outlet, bool_or(cc26.credited_outlet is not null) over (partition by cc26.source_id) as credits from citation cc26 where cc26.deal_id = t20.id
                          ) c27 join source s28 on s28.id = c27.source_id cross join lateral unnest(case when c27.credited_outlet is not null then string_to_array(c27.credited_outlet, ',') when c27.credits then array[]::text[] else array[coalesce(s28.publisher, s28.author, '“' || s28.title || '”')] end) as o25(outlet)
                        ) o24 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", t20.status as "a2", coalesce(to_json(dg_global_id('Deal', t20.slug)), '{"$error":4}'::json) as "a3", (case when t20.announced_precision is null then null else (
                          select row_to_json(r29.*) from (
                            select coalesce(to_json(dg_fuzzy_display(t20.announced_earliest, t20.announced_latest, t20.announced_precision)), '{"$error":5}'::json) as "display"
                          ) r29
                        ) end) as "announced"
                      ) r22
                    ) as "node"
                  ) r21
                ) as l0 from (
                  select q16.*, coalesce(q16.announced_earliest, q16.announced_latest, 'infinity'::date) as sort_0 from deal q16 where q16.parent_id = t2.id order by coalesce(q16.announced_earliest, q16.announced_latest, 'infinity'::date), q16.id limit ?
                ) t20
              ) n19
            ) a17
          ) z15
        ) as "subDeals"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2015-05-27",2,2,"SOURCE_POSITION:ASC",3,3,3,3,"ANNOUNCED:ASC","ANNOUNCED:ASC","2016-03-18",4,"granite-holdings-1-orion-semiconductor-357-cloud-agreement-5334"]
