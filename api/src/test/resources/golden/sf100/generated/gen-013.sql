-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((coalesce(t2.claim_preferred, false) or t2.claim_group is null)), '{"$error":0}'::json) as "preferred", (
          select (
            select row_to_json(r3.*) from (
              select coalesce(to_json((select count(*)::int from (
                select distinct trim(o4.outlet) collate "C" as outlet from (
                  select cc5.source_id, cc5.credited_outlet, bool_or(cc5.credited_outlet is not null) over (partition by cc5.source_id) as credits from citation cc5 where cc5.deal_id = c6.id
                ) c7 join source s8 on s8.id = c7.source_id cross join lateral unnest(case when c7.credited_outlet is not null then string_to_array(c7.credited_outlet, ',') when c7.credits then array[]::text[] else array[coalesce(s8.publisher, s8.author, '“' || s8.title || '”')] end) as o4(outlet)
              ) o9)), '{"$error":1}'::json) as "a0", coalesce(to_json(coalesce((
                select in_force(cast(? as date), x10.start_earliest, x10.start_latest, x10.start_precision, x10.end_earliest, x10.end_latest, x10.end_precision) from deal_timing x10 where x10.deal_id = c6.id
              ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce"
            ) r3
          ) from deal c6 where c6.id = t2.deal_id limit 1
        ) as "deal", (
          select (
            select row_to_json(r11.*) from (
              select coalesce(to_json(c12.claim_group), '{"$error":3}'::json) as "key"
            ) r11
          ) from (
            select min(c13.id) as id, c13.claim_group from commitment c13 where c13.claim_group is not null group by c13.claim_group
          ) c12 where c12.claim_group = t2.claim_group limit 1
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
