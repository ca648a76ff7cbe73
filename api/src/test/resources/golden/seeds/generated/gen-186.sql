-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":0}'::json) as "withoutAmount", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":1}'::json) as "partsSkipped", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":2}'::json) as "competingClaimsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(g4.unit), '{"$error":3}'::json) as "unit", (
              select ('[' || coalesce(string_agg((
                select row_to_json(r5.*) from (
                  select c6.horizon as "horizon", coalesce(to_json(array(select o7.outlet from (
                    select distinct trim(o8.outlet) collate "C" as outlet from (
                      select cc9.source_id, cc9.credited_outlet, bool_or(cc9.credited_outlet is not null) over (partition by cc9.source_id) as credits from citation cc9 where cc9.commitment_id = c6.id
                    ) c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') when c10.credits then array[]::text[] else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o8(outlet)
                  ) o7 order by 1 limit 100)), '{"$error":4}'::json) as "a1"
                ) r5
              )::text, ',' order by c6.id), '') || ']')::json from (
                select c6.* from commitment c6 where c6.id = any(g4.ids) order by c6.id limit ?
              ) c6 where true
            ) as "commitments", (
              select (
                select row_to_json(r12.*) from (
                  select c13.slug as "slug", coalesce(to_json(array(select a14.value from organization_alias a14 where a14.organization_id = c13.id and a14.kind = 'TICKER' order by a14.value limit 100)), '{"$error":5}'::json) as "tickers"
                ) r12
              ) from organization c13 where c13.id = g4.committer_id limit 1
            ) as "committer"
          ) r3
        )::text, ',' order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q15.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q15.unit as unit, q15.currency as currency, q15.count_of as count_of, sum(q15.amount) as total, sum(case when q15.firmness = 'FIRM' then q15.amount - (
              select coalesce(sum(pt16.amount), 0) from commitment pt16 where pt16.part_of_id = q15.id and pt16.unit = q15.unit and pt16.currency is not distinct from q15.currency and pt16.count_of is not distinct from q15.count_of and pt16.firmness <> 'FIRM' and pt16.amount is not null and (pt16.claim_group is null or pt16.claim_preferred) and not exists (select 1 from commitment am17 where am17.amends_id = pt16.id)
            ) else (
              select coalesce(sum(pt18.amount), 0) from commitment pt18 where pt18.part_of_id = q15.id and pt18.unit = q15.unit and pt18.currency is not distinct from q15.currency and pt18.count_of is not distinct from q15.count_of and pt18.firmness = 'FIRM' and pt18.amount is not null and (pt18.claim_group is null or pt18.claim_preferred) and not exists (select 1 from commitment am19 where am19.amends_id = pt18.id)
            ) end) as firm, sum(case when q15.firmness = 'CONTINGENT' then q15.amount - (
              select coalesce(sum(pt20.amount), 0) from commitment pt20 where pt20.part_of_id = q15.id and pt20.unit = q15.unit and pt20.currency is not distinct from q15.currency and pt20.count_of is not distinct from q15.count_of and pt20.firmness <> 'CONTINGENT' and pt20.amount is not null and (pt20.claim_group is null or pt20.claim_preferred) and not exists (select 1 from commitment am21 where am21.amends_id = pt20.id)
            ) else (
              select coalesce(sum(pt22.amount), 0) from commitment pt22 where pt22.part_of_id = q15.id and pt22.unit = q15.unit and pt22.currency is not distinct from q15.currency and pt22.count_of is not distinct from q15.count_of and pt22.firmness = 'CONTINGENT' and pt22.amount is not null and (pt22.claim_group is null or pt22.claim_preferred) and not exists (select 1 from commitment am23 where am23.amends_id = pt22.id)
            ) end) as contingent, sum(case when q15.firmness = 'UNKNOWN' then q15.amount - (
              select coalesce(sum(pt24.amount), 0) from commitment pt24 where pt24.part_of_id = q15.id and pt24.unit = q15.unit and pt24.currency is not distinct from q15.currency and pt24.count_of is not distinct from q15.count_of and pt24.firmness <> 'UNKNOWN' and pt24.amount is not null and (pt24.claim_group is null or pt24.claim_preferred) and not exists (select 1 from commitment am25 where am25.amends_id = pt24.id)
            ) else (
              select coalesce(sum(pt26.amount), 0) from commitment pt26 where pt26.part_of_id = q15.id and pt26.unit = q15.unit and pt26.currency is not distinct from q15.currency and pt26.count_of is not distinct from q15.count_of and pt26.firmness = 'UNKNOWN' and pt26.amount is not null and (pt26.claim_group is null or pt26.claim_preferred) and not exists (select 1 from commitment am27 where am27.amends_id = pt26.id)
            ) end) as unknown, count(*) as n, array_agg(distinct q15.qualifier order by q15.qualifier) as qualifiers, array_agg(q15.id order by q15.id) as ids from commitment q15 where (q15.date_precision is not null and coalesce(q15.date_earliest, '-infinity'::date) <= cast(? as date)) and (q15.modality = ?) and (q15.amount is not null and (q15.claim_group is null or q15.claim_preferred) and q15.part_of_id is null and not exists (select 1 from commitment am28 where am28.amends_id = q15.id)) group by 1, 2, 3, q15.unit, q15.currency, q15.count_of
          ) g4 where true order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from commitment q2 where (q2.date_precision is not null and coalesce(q2.date_earliest, '-infinity'::date) <= cast(? as date)) and (q2.modality = ?) group by ()
    ) r1
  )
)::text
-- values: [20,"2015-06-28","AGREED",100,"2015-06-28","AGREED"]
