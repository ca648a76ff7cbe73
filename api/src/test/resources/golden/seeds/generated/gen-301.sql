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
        )::text, ',' order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q12.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q12.unit as unit, sum(q12.amount) as total, sum(case when (q12.parts_firm + q12.parts_contingent + q12.parts_unknown) > q12.amount then (case when q12.firmness = 'FIRM' then q12.amount else 0 end) else (case when q12.firmness = 'FIRM' then q12.amount - (q12.parts_firm + q12.parts_contingent + q12.parts_unknown) else 0 end) + q12.parts_firm end) as firm, sum(case when (q12.parts_firm + q12.parts_contingent + q12.parts_unknown) > q12.amount then (case when q12.firmness = 'CONTINGENT' then q12.amount else 0 end) else (case when q12.firmness = 'CONTINGENT' then q12.amount - (q12.parts_firm + q12.parts_contingent + q12.parts_unknown) else 0 end) + q12.parts_contingent end) as contingent, sum(case when (q12.parts_firm + q12.parts_contingent + q12.parts_unknown) > q12.amount then (case when q12.firmness = 'UNKNOWN' then q12.amount else 0 end) else (case when q12.firmness = 'UNKNOWN' then q12.amount - (q12.parts_firm + q12.parts_contingent + q12.parts_unknown) else 0 end) + q12.parts_unknown end) as unknown, count(*) as n, array_agg(distinct q12.qualifier order by q12.qualifier) as qualifiers, array_agg(q12.id order by q12.id) as ids from (
              select w13.*, ps14.firm as parts_firm, ps14.contingent as parts_contingent, ps14.unknown as parts_unknown from commitment w13 cross join lateral (select coalesce(sum(pt15.amount) filter (where pt15.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt15.amount) filter (where pt15.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt15.amount) filter (where pt15.firmness = 'UNKNOWN'), 0) as unknown from commitment pt15 where pt15.part_of_id = w13.id and pt15.unit = w13.unit and pt15.amount is not null and (pt15.claim_group is null or pt15.claim_preferred) and not exists (select 1 from commitment am16 where am16.amends_id = pt15.id)) ps14
            ) q12 where q12.amount is not null and (q12.claim_group is null or q12.claim_preferred) and q12.part_of_id is null and not exists (select 1 from commitment am17 where am17.amends_id = q12.id) group by 1, 2, 3, q12.unit
          ) g4 where true order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from (
        select w18.*, ps19.firm as parts_firm, ps19.contingent as parts_contingent, ps19.unknown as parts_unknown from commitment w18 cross join lateral (select coalesce(sum(pt20.amount) filter (where pt20.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt20.amount) filter (where pt20.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt20.amount) filter (where pt20.firmness = 'UNKNOWN'), 0) as unknown from commitment pt20 where pt20.part_of_id = w18.id and pt20.unit = w18.unit and pt20.amount is not null and (pt20.claim_group is null or pt20.claim_preferred) and not exists (select 1 from commitment am21 where am21.amends_id = pt20.id)) ps19
      ) q2 where true group by ()
    ) r1
  )
)::text
-- values: [20,100]
