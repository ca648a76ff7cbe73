-- byCommitter
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":0}'::json) as "withoutAmount", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":1}'::json) as "competingClaimsSkipped", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":2}'::json) as "partsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select (
              select (
                select row_to_json(r4.*) from (
                  select c5.name as "name"
                ) r4
              ) from organization c5 where c5.id = g6.committer_id limit 1
            ) as "committer", coalesce(to_json(g6.unit), '{"$error":3}'::json) as "unit", coalesce(to_json(trim_scale(g6.total)::text), '{"$error":4}'::json) as "total", coalesce(to_json(g6.n), '{"$error":5}'::json) as "count", coalesce(to_json(g6.qualifiers), '{"$error":6}'::json) as "qualifiers", (
              select ('[' || coalesce(string_agg((
                select row_to_json(r7.*) from (
                  select c8.description as "description"
                ) r7
              )::text, ',' order by c8.id), '') || ']')::json from (
                select c8.* from commitment c8 where c8.id = any(g6.ids) order by c8.id limit ?
              ) c8 where true
            ) as "commitments"
          ) r3
        )::text, ',' order by g6.unit, g6.currency, g6.count_of, g6.total desc, g6.committer_id, g6.recipient_id, g6.kind), '') || ']')::json from (
          select g6.* from (
            select q9.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q9.unit as unit, q9.currency as currency, q9.count_of as count_of, sum(q9.amount) as total, sum(case when q9.firmness = 'FIRM' then q9.amount - (
              select coalesce(sum(pt10.amount), 0) from commitment pt10 where pt10.part_of_id = q9.id and pt10.unit = q9.unit and pt10.currency is not distinct from q9.currency and pt10.count_of is not distinct from q9.count_of and pt10.firmness <> 'FIRM' and pt10.amount is not null and (pt10.claim_group is null or pt10.claim_preferred) and not exists (select 1 from commitment am11 where am11.amends_id = pt10.id)
            ) else (
              select coalesce(sum(pt12.amount), 0) from commitment pt12 where pt12.part_of_id = q9.id and pt12.unit = q9.unit and pt12.currency is not distinct from q9.currency and pt12.count_of is not distinct from q9.count_of and pt12.firmness = 'FIRM' and pt12.amount is not null and (pt12.claim_group is null or pt12.claim_preferred) and not exists (select 1 from commitment am13 where am13.amends_id = pt12.id)
            ) end) as firm, sum(case when q9.firmness = 'CONTINGENT' then q9.amount - (
              select coalesce(sum(pt14.amount), 0) from commitment pt14 where pt14.part_of_id = q9.id and pt14.unit = q9.unit and pt14.currency is not distinct from q9.currency and pt14.count_of is not distinct from q9.count_of and pt14.firmness <> 'CONTINGENT' and pt14.amount is not null and (pt14.claim_group is null or pt14.claim_preferred) and not exists (select 1 from commitment am15 where am15.amends_id = pt14.id)
            ) else (
              select coalesce(sum(pt16.amount), 0) from commitment pt16 where pt16.part_of_id = q9.id and pt16.unit = q9.unit and pt16.currency is not distinct from q9.currency and pt16.count_of is not distinct from q9.count_of and pt16.firmness = 'CONTINGENT' and pt16.amount is not null and (pt16.claim_group is null or pt16.claim_preferred) and not exists (select 1 from commitment am17 where am17.amends_id = pt16.id)
            ) end) as contingent, sum(case when q9.firmness = 'UNKNOWN' then q9.amount - (
              select coalesce(sum(pt18.amount), 0) from commitment pt18 where pt18.part_of_id = q9.id and pt18.unit = q9.unit and pt18.currency is not distinct from q9.currency and pt18.count_of is not distinct from q9.count_of and pt18.firmness <> 'UNKNOWN' and pt18.amount is not null and (pt18.claim_group is null or pt18.claim_preferred) and not exists (select 1 from commitment am19 where am19.amends_id = pt18.id)
            ) else (
              select coalesce(sum(pt20.amount), 0) from commitment pt20 where pt20.part_of_id = q9.id and pt20.unit = q9.unit and pt20.currency is not distinct from q9.currency and pt20.count_of is not distinct from q9.count_of and pt20.firmness = 'UNKNOWN' and pt20.amount is not null and (pt20.claim_group is null or pt20.claim_preferred) and not exists (select 1 from commitment am21 where am21.amends_id = pt20.id)
            ) end) as unknown, count(*) as n, array_agg(distinct q9.qualifier order by q9.qualifier) as qualifiers, array_agg(q9.id order by q9.id) as ids from commitment q9 where q9.amount is not null and (q9.claim_group is null or q9.claim_preferred) and q9.part_of_id is null and not exists (select 1 from commitment am22 where am22.amends_id = q9.id) group by 1, 2, 3, q9.unit, q9.currency, q9.count_of
          ) g6 where true order by g6.unit, g6.currency, g6.count_of, g6.total desc, g6.committer_id, g6.recipient_id, g6.kind limit ?
        ) g6 where true
      ) as "groups" from commitment q2 where true group by ()
    ) r1
  )
)::text
-- values: [20,100]
-- byRecipient
select (
  (
    select row_to_json(r1.*) from (
      select (
        select ('[' || coalesce(string_agg((
          select row_to_json(r2.*) from (
            select (
              select (
                select row_to_json(r3.*) from (
                  select c4.name as "name"
                ) r3
              ) from organization c4 where c4.id = g5.recipient_id limit 1
            ) as "recipient", coalesce(to_json(g5.unit), '{"$error":0}'::json) as "unit", coalesce(to_json(trim_scale(g5.total)::text), '{"$error":1}'::json) as "total", coalesce(to_json(g5.n), '{"$error":2}'::json) as "count", coalesce(to_json(g5.qualifiers), '{"$error":3}'::json) as "qualifiers"
          ) r2
        )::text, ',' order by g5.unit, g5.currency, g5.count_of, g5.total desc, g5.committer_id, g5.recipient_id, g5.kind), '') || ']')::json from (
          select g5.* from (
            select null::bigint as committer_id, q6.recipient_id as recipient_id, null::text as kind, q6.unit as unit, q6.currency as currency, q6.count_of as count_of, sum(q6.amount) as total, sum(case when q6.firmness = 'FIRM' then q6.amount - (
              select coalesce(sum(pt7.amount), 0) from commitment pt7 where pt7.part_of_id = q6.id and pt7.unit = q6.unit and pt7.currency is not distinct from q6.currency and pt7.count_of is not distinct from q6.count_of and pt7.firmness <> 'FIRM' and pt7.amount is not null and (pt7.claim_group is null or pt7.claim_preferred) and not exists (select 1 from commitment am8 where am8.amends_id = pt7.id)
            ) else (
              select coalesce(sum(pt9.amount), 0) from commitment pt9 where pt9.part_of_id = q6.id and pt9.unit = q6.unit and pt9.currency is not distinct from q6.currency and pt9.count_of is not distinct from q6.count_of and pt9.firmness = 'FIRM' and pt9.amount is not null and (pt9.claim_group is null or pt9.claim_preferred) and not exists (select 1 from commitment am10 where am10.amends_id = pt9.id)
            ) end) as firm, sum(case when q6.firmness = 'CONTINGENT' then q6.amount - (
              select coalesce(sum(pt11.amount), 0) from commitment pt11 where pt11.part_of_id = q6.id and pt11.unit = q6.unit and pt11.currency is not distinct from q6.currency and pt11.count_of is not distinct from q6.count_of and pt11.firmness <> 'CONTINGENT' and pt11.amount is not null and (pt11.claim_group is null or pt11.claim_preferred) and not exists (select 1 from commitment am12 where am12.amends_id = pt11.id)
            ) else (
              select coalesce(sum(pt13.amount), 0) from commitment pt13 where pt13.part_of_id = q6.id and pt13.unit = q6.unit and pt13.currency is not distinct from q6.currency and pt13.count_of is not distinct from q6.count_of and pt13.firmness = 'CONTINGENT' and pt13.amount is not null and (pt13.claim_group is null or pt13.claim_preferred) and not exists (select 1 from commitment am14 where am14.amends_id = pt13.id)
            ) end) as contingent, sum(case when q6.firmness = 'UNKNOWN' then q6.amount - (
              select coalesce(sum(pt15.amount), 0) from commitment pt15 where pt15.part_of_id = q6.id and pt15.unit = q6.unit and pt15.currency is not distinct from q6.currency and pt15.count_of is not distinct from q6.count_of and pt15.firmness <> 'UNKNOWN' and pt15.amount is not null and (pt15.claim_group is null or pt15.claim_preferred) and not exists (select 1 from commitment am16 where am16.amends_id = pt15.id)
            ) else (
              select coalesce(sum(pt17.amount), 0) from commitment pt17 where pt17.part_of_id = q6.id and pt17.unit = q6.unit and pt17.currency is not distinct from q6.currency and pt17.count_of is not distinct from q6.count_of and pt17.firmness = 'UNKNOWN' and pt17.amount is not null and (pt17.claim_group is null or pt17.claim_preferred) and not exists (select 1 from commitment am18 where am18.amends_id = pt17.id)
            ) end) as unknown, count(*) as n, array_agg(distinct q6.qualifier order by q6.qualifier) as qualifiers, array_agg(q6.id order by q6.id) as ids from commitment q6 where q6.amount is not null and (q6.claim_group is null or q6.claim_preferred) and q6.part_of_id is null and not exists (select 1 from commitment am19 where am19.amends_id = q6.id) group by 1, 2, 3, q6.unit, q6.currency, q6.count_of
          ) g5 where true order by g5.unit, g5.currency, g5.count_of, g5.total desc, g5.committer_id, g5.recipient_id, g5.kind limit ?
        ) g5 where true
      ) as "groups" from commitment q20 where true group by ()
    ) r1
  )
)::text
-- values: [100]
