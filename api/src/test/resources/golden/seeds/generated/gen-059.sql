-- activity
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(0), '{"$error":0}'::json) as "notPlaced", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r2.*) from (
            select g3.month as "a0", (
              select (
                select row_to_json(r4.*) from (
                  select coalesce(to_json(dg_global_id('Organization', c5.slug)), '{"$error":1}'::json) as "a0", c5.slug as "slug", (
                    select row_to_json(z6.*) from (
                      select coalesce(a7.dg_total_count, 0) as "totalCount", (
                        select row_to_json(r8.*) from (
                          select a7.cursors[array_length(a7.cursors, 1)] as "endCursor"
                        ) r8
                      ) as "pageInfo" from (
                        select count(*) as fetched, max(n9.dg_total_count) as dg_total_count, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors from (
                          select row_number() over (order by t10.sort_0, t10.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text)]::text[], t10.id) as cursor, t10.dg_total_count as dg_total_count from (
                            select q11.*, coalesce(q11.date_earliest, q11.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x12.start_earliest, x12.start_latest, x12.start_precision, x12.end_earliest, x12.end_latest, x12.end_precision) as in_force, count(*) over () as dg_total_count from commitment q11 join commitment_timing x12 on x12.commitment_id = q11.id where (q11.committer_id = c5.id) and (in_force(cast(? as date), x12.start_earliest, x12.start_latest, x12.start_precision, x12.end_earliest, x12.end_latest, x12.end_precision) <> 'FALSE') order by coalesce(q11.date_earliest, q11.date_latest, 'infinity'::date), q11.id limit ?
                          ) t10
                        ) n9
                      ) a7
                    ) z6
                  ) as "commitmentsMade", (
                    select (
                      select row_to_json(r13.*) from (
                        select c14.slug as "slug", coalesce(to_json(array(select a15.value from organization_alias a15 where a15.organization_id = c14.id and a15.kind = 'TICKER' order by a15.value limit 100)), '{"$error":2}'::json) as "tickers", (
                          select row_to_json(z16.*) from (
                            select ('[' || coalesce(a17.l0, '') || ']')::json as "nodes" from (
                              select count(*) as fetched, (array_agg(n18.cursor order by n18.ord) filter (where n18.ord <= ?)) as cursors, string_agg(n18.l0::text, ',' order by n18.ord) filter (where n18.ord <= ?) as l0 from (
                                select row_number() over (order by t19.sort_0, t19.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t19.sort_0::text)]::text[], t19.id) as cursor, (
                                  select row_to_json(r20.*) from (
                                    select coalesce(to_json(array(select o21.outlet from (
                                      select distinct trim(o22.outlet) collate "C" as outlet from (
                                        select cc23.source_id, cc23.credited_outlet, bool_or(cc23.credited_outlet is not null) over (partition by cc23.source_id) as credits from citation cc23 where cc23.exclusivity_term_id = t19.id
                                      ) c24 join source s25 on s25.id = c24.source_id cross join lateral unnest(case when c24.credited_outlet is not null then string_to_array(c24.credited_outlet, ',') when c24.credits then array[]::text[] else array[coalesce(s25.publisher, s25.author, '“' || s25.title || '”')] end) as o22(outlet)
                                    ) o21 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", coalesce(to_json(coalesce((
                                      select in_force(cast(? as date), x26.start_earliest, x26.start_latest, x26.start_precision, x26.end_earliest, x26.end_latest, x26.end_precision) from exclusivity_term_timing x26 where x26.term_id = t19.id
                                    ), 'UNKNOWN')), '{"$error":4}'::json) as "inForce", coalesce(to_json(dg_global_id('ExclusivityTerm', t19.slug)), '{"$error":5}'::json) as "id", coalesce(to_json(t19.slug), '{"$error":6}'::json) as "slug"
                                  ) r20
                                ) as l0 from (
                                  select q27.*, coalesce(q27.valid_from_earliest, q27.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q27 where q27.grantor_id = c14.id order by coalesce(q27.valid_from_earliest, q27.valid_from_latest, 'infinity'::date), q27.id limit ?
                                ) t19
                              ) n18
                            ) a17
                          ) z16
                        ) as "exclusivityGranted"
                      ) r13
                    ) from organization c14 where c14.id = c5.parent_id limit 1
                  ) as "parent"
                ) r4
              ) from organization c5 where c5.id = g3.organization_id limit 1
            ) as "organization"
          ) r2
        )::text, ',' order by g3.month, g3.n desc, g3.key), '') || ']')::json from (
          select g3.* from (
            select (
              select o28.slug from organization o28 where o28.id = q29.organization_id
            ) as key, null::text as month, q29.organization_id as organization_id, count(distinct q29.id)::int as n from (
              select i30.*, l31.organization_id from (
                select d32.id, d32.announced_earliest as date_earliest, d32.announced_latest as date_latest, d32.announced_precision as date_precision from deal d32
              ) i30 left join (
                select distinct deal_id as id, organization_id from deal_party
              ) l31 on l31.id = i30.id
            ) q29 where (q29.date_precision is not null and coalesce(q29.date_earliest, '-infinity'::date) <= cast(? as date)) and (true) group by q29.organization_id having q29.organization_id is not null
          ) g3 where true order by g3.month, g3.n desc, g3.key limit ?
        ) g3 where true
      ) as "buckets" from (
        select i33.*, l34.organization_id from (
          select d35.id, d35.announced_earliest as date_earliest, d35.announced_latest as date_latest, d35.announced_precision as date_precision from deal d35
        ) i33 left join (
          select distinct deal_id as id, organization_id from deal_party
        ) l34 on l34.id = i33.id
      ) q36 where q36.date_precision is not null and coalesce(q36.date_earliest, '-infinity'::date) <= cast(? as date) group by ()
    ) r1
  )
)::text
-- values: [3,"DATE:ASC","2015-06-30","2015-06-30",4,2,2,"VALID_FROM:ASC","2026-04-28",3,"2024-10-01",100,"2024-10-01"]
