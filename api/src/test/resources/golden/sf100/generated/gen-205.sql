-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.scope as "scope", coalesce(to_json(array(select o3.outlet from (
          select distinct trim(o4.outlet) collate "C" as outlet from citation c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o4(outlet) where c5.exclusivity_term_id = t2.id
        ) o3 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t2.slug as "slug", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r7.*) from (
              select coalesce(to_json(array(select o8.outlet from (
                select distinct trim(o9.outlet) collate "C" as outlet from citation c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o9(outlet) where c10.exclusivity_term_id = c12.id
              ) o8 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", coalesce(to_json(coalesce((
                select in_force(cast(? as date), x13.start_earliest, x13.start_latest, x13.start_precision, x13.end_earliest, x13.end_latest, x13.end_precision) from exclusivity_term_timing x13 where x13.term_id = c12.id
              ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce", c12.scope as "scope", c12.slug as "slug"
            ) r7
          )::text, ',' order by c12.id), '') || ']')::json from (
            select c12.* from exclusivity_term c12 where c12.superseded_by_term_id = t2.id order by c12.id limit ?
          ) c12 where true
        ) as "supersedes", coalesce(to_json((
          select (
            select row_to_json(r14.*) from (
              select coalesce(to_json(array(select a15.value from organization_alias a15 where a15.organization_id = c16.id and a15.kind = 'TICKER' order by a15.value limit 100)), '{"$error":3}'::json) as "tickers", coalesce(to_json(dg_global_id('Organization', c16.slug)), '{"$error":4}'::json) as "id", (
                select row_to_json(z17.*) from (
                  select ('[' || coalesce(a18.l0, '') || ']')::json as "edges", ('[' || coalesce(a18.l1, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n19.cursor order by n19.ord) filter (where n19.ord <= ?)) as cursors, string_agg(n19.l0::text, ',' order by n19.ord) filter (where n19.ord <= ?) as l0, string_agg(n19.l1::text, ',' order by n19.ord) filter (where n19.ord <= ?) as l1 from (
                      select row_number() over (order by t20.sort_0, t20.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t20.sort_0::text)]::text[], t20.id) as cursor, (
                        select row_to_json(r21.*) from (
                          select dg_cursor(cast(? as text), array[dg_cursor_value(t20.sort_0::text)]::text[], t20.id) as "cursor"
                        ) r21
                      ) as l0, (
                        select row_to_json(r22.*) from (
                          select t20.status as "a0", coalesce(to_json(array(select o23.outlet from (
                            select distinct trim(o24.outlet) collate "C" as outlet from citation c25 join source s26 on s26.id = c25.source_id cross join lateral unnest(case when c25.credited_outlet is not null then string_to_array(c25.credited_outlet, ',') else array[coalesce(s26.publisher, s26.author, '“' || s26.title || '”')] end) as o24(outlet) where c25.deal_id = t20.id
                          ) o23 order by 1 limit 100)), '{"$error":5}'::json) as "outlets", coalesce(to_json(coalesce((
                            select in_force(cast(? as date), x27.start_earliest, x27.start_latest, x27.start_precision, x27.end_earliest, x27.end_latest, x27.end_precision) from deal_timing x27 where x27.deal_id = t20.id
                          ), 'UNKNOWN')), '{"$error":6}'::json) as "inForce", t20.summary as "a3"
                        ) r22
                      ) as l1 from (
                        select q28.*, coalesce(q28.announced_earliest, q28.announced_latest, 'infinity'::date) as sort_0 from deal q28 where exists (select 1 from deal_party p29 where p29.deal_id = q28.id and p29.organization_id = c16.id) order by coalesce(q28.announced_earliest, q28.announced_latest, 'infinity'::date), q28.id limit ?
                      ) t20
                    ) n19
                  ) a18
                ) z17
              ) as "deals"
            ) r14
          ) from organization c16 where c16.id = t2.grantor_id limit 1
        )), '{"$error":7}'::json) as "grantor"
      ) r1
    ) from exclusivity_term t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2017-01-26",10,20,20,20,"ANNOUNCED:ASC","ANNOUNCED:ASC","2016-03-18",21,"exclusivity-8036"]
-- sources
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.publisher as "publisher", t4.file_name as "fileName"
            ) r5
          ) as l0 from (
            select q6.*, coalesce(q6.published_earliest, q6.published_latest, 'infinity'::date) as sort_0 from source q6 where (q6.published_precision is not null and coalesce(q6.published_latest, 'infinity'::date) >= cast(? as date)) and ((coalesce(q6.published_earliest, q6.published_latest, 'infinity'::date), q6.id) > (cast(? as date), ?)) order by coalesce(q6.published_earliest, q6.published_latest, 'infinity'::date), q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [4,4,"PUBLISHED:ASC","2017-06-13","2016-03-18",10000047,5]
