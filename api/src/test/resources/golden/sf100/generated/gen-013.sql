-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((coalesce(t2.claim_preferred, false) or t2.claim_group is null)), '{"$error":0}'::json) as "preferred", (
          select (
            select row_to_json(r3.*) from (
              select coalesce(to_json((select count(*)::int from (
                select distinct trim(o4.outlet) collate "C" as outlet from citation c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o4(outlet) where c5.deal_id = c7.id
              ) o8)), '{"$error":1}'::json) as "a0", coalesce(to_json(coalesce((
                select in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) from deal_timing x9 where x9.deal_id = c7.id
              ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce"
            ) r3
          ) from deal c7 where c7.id = t2.deal_id limit 1
        ) as "deal", (
          select (
            select row_to_json(r10.*) from (
              select coalesce(to_json(c11.claim_group), '{"$error":3}'::json) as "key"
            ) r10
          ) from (
            select min(c12.id) as id, c12.claim_group from commitment c12 where c12.claim_group is not null group by c12.claim_group
          ) c11 where c11.claim_group = t2.claim_group limit 1
        ) as "claims"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2015-07-02","commitment-2275-2"]
-- r2
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Deal'::text as "__typename", coalesce(to_json(dg_global_id('Deal', t2.slug)), '{"$error":0}'::json) as "id"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r3.*) from (
        select 'Source'::text as "__typename", coalesce(to_json(dg_global_id('Source', t4.slug)), '{"$error":1}'::json) as "id", to_char(t4.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "a0", (case when t4.published_precision is null then null else (
          select row_to_json(r5.*) from (
            select t4.published_earliest as "earliest", t4.published_latest as "latest", coalesce(to_json(dg_fuzzy_display(t4.published_earliest, t4.published_latest, t4.published_precision)), '{"$error":2}'::json) as "display"
          ) r5
        ) end) as "published"
      ) r3
    ) from source t4 where t4.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r6.*) from (
        select 'Commitment'::text as "__typename", coalesce(to_json(dg_global_id('Commitment', t7.slug)), '{"$error":3}'::json) as "id"
      ) r6
    ) from commitment t7 where t7.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r8.*) from (
        select 'Event'::text as "__typename", coalesce(to_json(dg_global_id('Event', t9.slug)), '{"$error":4}'::json) as "id"
      ) r8
    ) from event t9 where t9.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["nova-robotics-294-zenith-analytics-783-distribution-pact-6084","generated-article-83","commitment-72-1","event-1021-1"]
