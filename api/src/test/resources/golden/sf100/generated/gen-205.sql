-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(t2.scope), '{"$error":0}'::json) as "scope", coalesce(to_json(array(select o3.outlet from (
          select distinct trim(o4.outlet) collate "C" as outlet from (
            select cc5.source_id, cc5.credited_outlet, bool_or(cc5.credited_outlet is not null) over (partition by cc5.source_id) as credits from citation cc5 where cc5.exclusivity_term_id = t2.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o4(outlet)
        ) o3 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", coalesce(to_json(t2.slug), '{"$error":2}'::json) as "slug", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r8.*) from (
              select coalesce(to_json(array(select o9.outlet from (
                select distinct trim(o10.outlet) collate "C" as outlet from (
                  select cc11.source_id, cc11.credited_outlet, bool_or(cc11.credited_outlet is not null) over (partition by cc11.source_id) as credits from citation cc11 where cc11.exclusivity_term_id = c12.id
                ) c13 join source s14 on s14.id = c13.source_id cross join lateral unnest(case when c13.credited_outlet is not null then string_to_array(c13.credited_outlet, ',') when c13.credits then array[]::text[] else array[coalesce(s14.publisher, s14.author, '“' || s14.title || '”')] end) as o10(outlet)
              ) o9 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", coalesce(to_json(coalesce((
                select in_force(cast(? as date), x15.start_earliest, x15.start_latest, x15.start_precision, x15.end_earliest, x15.end_latest, x15.end_precision) from exclusivity_term_timing x15 where x15.term_id = c12.id
              ), 'UNKNOWN')), '{"$error":4}'::json) as "inForce", coalesce(to_json(c12.scope), '{"$error":5}'::json) as "scope", coalesce(to_json(c12.slug), '{"$error":6}'::json) as "slug"
            ) r8
          )::text, ',' order by c12.id), '') || ']')::json from (
            select c12.* from exclusive_term c12 where c12.superseded_by_term_id = t2.id order by c12.id limit ?
          ) c12 where true
        ) as "supersedes", coalesce(to_json((
          select (
            select row_to_json(r16.*) from (
              select coalesce(to_json(array(select a17.value from organization_alias a17 where a17.organization_id = c18.id and a17.kind = 'TICKER' order by a17.value limit 100)), '{"$error":7}'::json) as "tickers", coalesce(to_json(dg_global_id('Organization', c18.slug)), '{"$error":8}'::json) as "id", (
                select row_to_json(z19.*) from (
                  select ('[' || coalesce(a20.l0, '') || ']')::json as "edges", ('[' || coalesce(a20.l1, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n21.cursor order by n21.ord) filter (where n21.ord <= ?)) as cursors, string_agg(n21.l0::text, ',' order by n21.ord) filter (where n21.ord <= ?) as l0, string_agg(n21.l1::text, ',' order by n21.ord) filter (where n21.ord <= ?) as l1 from (
                      select row_number() over (order by t22.sort_0, t22.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t22.sort_0::text)]::text[], t22.id) as cursor, (
                        select row_to_json(r23.*) from (
                          select dg_cursor(cast(? as text), array[dg_cursor_value(t22.sort_0::text)]::text[], t22.id) as "cursor"
                        ) r23
                      ) as l0, (
                        select row_to_json(r24.*) from (
                          select t22.status as "a0", coalesce(to_json(array(select o25.outlet from (
                            select distinct trim(o26.outlet) collate "C" as outlet from (
                              select cc27.source_id, cc27.credited_outlet, bool_or(cc27.credited_outlet is not null) over (partition by cc27.source_id) as credits from citation cc27 where cc27.deal_id = t22.id
                            ) c28 join source s29 on s29.id = c28.source_id cross join lateral unnest(case when c28.credited_outlet is not null then string_to_array(c28.credited_outlet, ',') when c28.credits then array[]::text[] else array[coalesce(s29.publisher, s29.author, '“' || s29.title || '”')] end) as o26(outlet)
                          ) o25 order by 1 limit 100)), '{"$error":9}'::json) as "outlets", coalesce(to_json(coalesce((
                            select in_force(cast(? as date), x30.start_earliest, x30.start_latest, x30.start_precision, x30.end_earliest, x30.end_latest, x30.end_precision) from deal_timing x30 where x30.deal_id = t22.id
                          ), 'UNKNOWN')), '{"$error":10}'::json) as "inForce", t22.summary as "a3"
                        ) r24
                      ) as l1 from (
                        select q31.*, coalesce(q31.announced_earliest, q31.announced_latest, 'infinity'::date) as sort_0 from deal q31 where exists (select 1 from deal_party p32 where p32.deal_id = q31.id and p32.organization_id = c18.id) order by coalesce(q31.announced_earliest, q31.announced_latest, 'infinity'::date), q31.id limit ?
                      ) t22
                    ) n21
                  ) a20
                ) z19
              ) as "deals"
            ) r16
          ) from organization c18 where c18.id = t2.grantor_id limit 1
        )), '{"$error":11}'::json) as "grantor"
      ) r1
    ) from exclusive_term t2 where t2.slug = ? limit 1
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
