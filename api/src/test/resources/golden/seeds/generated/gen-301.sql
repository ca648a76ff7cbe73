-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":0}'::json) as "withoutAmount", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":1}'::json) as "partsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(trim_scale(g4.total)::text), '{"$error":2}'::json) as "total", (
              select ('[' || coalesce(string_agg((
                select row_to_json(r5.*) from (
                  select coalesce(to_json((select count(*)::int from (
                    select distinct trim(o6.outlet) collate "C" as outlet from (
                      select cc7.source_id, cc7.credited_outlet, bool_or(cc7.credited_outlet is not null) over (partition by cc7.source_id) as credits from citation cc7 where cc7.commitment_id = c8.id
                    ) c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') when c9.credits then array[]::text[] else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o6(outlet)
                  ) o11)), '{"$error":3}'::json) as "corroboration", c8.claim_group as "claimGroup"
                ) r5
              )::text, ',' order by c8.id), '') || ']')::json from (
                select c8.* from commitment c8 where c8.id = any(g4.ids) order by c8.id limit ?
              ) c8 where true
            ) as "commitments"
          ) r3
        )::text, ',' order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q12.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q12.unit as unit, q12.currency as currency, q12.count_of as count_of, sum(q12.amount) as total, sum(case when q12.firmness = 'FIRM' then q12.amount - (
              select coalesce(sum(pt13.amount), 0) from commitment pt13 where pt13.part_of_id = q12.id and pt13.unit = q12.unit and pt13.currency is not distinct from q12.currency and pt13.count_of is not distinct from q12.count_of and pt13.firmness <> 'FIRM' and pt13.amount is not null and (pt13.claim_group is null or pt13.claim_preferred) and not exists (select 1 from commitment am14 where am14.amends_id = pt13.id)
            ) else (
              select coalesce(sum(pt15.amount), 0) from commitment pt15 where pt15.part_of_id = q12.id and pt15.unit = q12.unit and pt15.currency is not distinct from q12.currency and pt15.count_of is not distinct from q12.count_of and pt15.firmness = 'FIRM' and pt15.amount is not null and (pt15.claim_group is null or pt15.claim_preferred) and not exists (select 1 from commitment am16 where am16.amends_id = pt15.id)
            ) end) as firm, sum(case when q12.firmness = 'CONTINGENT' then q12.amount - (
              select coalesce(sum(pt17.amount), 0) from commitment pt17 where pt17.part_of_id = q12.id and pt17.unit = q12.unit and pt17.currency is not distinct from q12.currency and pt17.count_of is not distinct from q12.count_of and pt17.firmness <> 'CONTINGENT' and pt17.amount is not null and (pt17.claim_group is null or pt17.claim_preferred) and not exists (select 1 from commitment am18 where am18.amends_id = pt17.id)
            ) else (
              select coalesce(sum(pt19.amount), 0) from commitment pt19 where pt19.part_of_id = q12.id and pt19.unit = q12.unit and pt19.currency is not distinct from q12.currency and pt19.count_of is not distinct from q12.count_of and pt19.firmness = 'CONTINGENT' and pt19.amount is not null and (pt19.claim_group is null or pt19.claim_preferred) and not exists (select 1 from commitment am20 where am20.amends_id = pt19.id)
            ) end) as contingent, sum(case when q12.firmness = 'UNKNOWN' then q12.amount - (
              select coalesce(sum(pt21.amount), 0) from commitment pt21 where pt21.part_of_id = q12.id and pt21.unit = q12.unit and pt21.currency is not distinct from q12.currency and pt21.count_of is not distinct from q12.count_of and pt21.firmness <> 'UNKNOWN' and pt21.amount is not null and (pt21.claim_group is null or pt21.claim_preferred) and not exists (select 1 from commitment am22 where am22.amends_id = pt21.id)
            ) else (
              select coalesce(sum(pt23.amount), 0) from commitment pt23 where pt23.part_of_id = q12.id and pt23.unit = q12.unit and pt23.currency is not distinct from q12.currency and pt23.count_of is not distinct from q12.count_of and pt23.firmness = 'UNKNOWN' and pt23.amount is not null and (pt23.claim_group is null or pt23.claim_preferred) and not exists (select 1 from commitment am24 where am24.amends_id = pt23.id)
            ) end) as unknown, count(*) as n, array_agg(distinct q12.qualifier order by q12.qualifier) as qualifiers, array_agg(q12.id order by q12.id) as ids from commitment q12 where q12.amount is not null and (q12.claim_group is null or q12.claim_preferred) and q12.part_of_id is null and not exists (select 1 from commitment am25 where am25.amends_id = q12.id) group by 1, 2, 3, q12.unit, q12.currency, q12.count_of
          ) g4 where true order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from commitment q2 where true group by ()
    ) r1
  )
)::text
-- values: [20,100]
