-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":0}'::json) as "partsSkipped", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":1}'::json) as "competingClaimsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(g4.qualifiers), '{"$error":2}'::json) as "qualifiers", (
              select ('[' || coalesce(string_agg((
                select row_to_json(r5.*) from (
                  select c6.description as "description", coalesce(to_json(array(select o7.outlet from (
                    select distinct trim(o8.outlet) collate "C" as outlet from (
                      select cc9.source_id, cc9.credited_outlet, bool_or(cc9.credited_outlet is not null) over (partition by cc9.source_id) as credits from citation cc9 where cc9.commitment_id = c6.id
                    ) c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') when c10.credits then array[]::text[] else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o8(outlet)
                  ) o7 order by 1 limit 100)), '{"$error":3}'::json) as "outlets"
                ) r5
              )::text, ',' order by c6.id), '') || ']')::json from (
                select c6.* from commitment c6 where c6.id = any(g4.ids) order by c6.id limit ?
              ) c6 where true
            ) as "commitments"
          ) r3
        )::text, ',' order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q12.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q12.unit as unit, sum(q12.amount) as total, sum(case when (q12.parts_firm + q12.parts_contingent + q12.parts_unknown) > q12.amount then (case when q12.firmness = 'FIRM' then q12.amount else 0 end) else (case when q12.firmness = 'FIRM' then q12.amount - (q12.parts_firm + q12.parts_contingent + q12.parts_unknown) else 0 end) + q12.parts_firm end) as firm, sum(case when (q12.parts_firm + q12.parts_contingent + q12.parts_unknown) > q12.amount then (case when q12.firmness = 'CONTINGENT' then q12.amount else 0 end) else (case when q12.firmness = 'CONTINGENT' then q12.amount - (q12.parts_firm + q12.parts_contingent + q12.parts_unknown) else 0 end) + q12.parts_contingent end) as contingent, sum(case when (q12.parts_firm + q12.parts_contingent + q12.parts_unknown) > q12.amount then (case when q12.firmness = 'UNKNOWN' then q12.amount else 0 end) else (case when q12.firmness = 'UNKNOWN' then q12.amount - (q12.parts_firm + q12.parts_contingent + q12.parts_unknown) else 0 end) + q12.parts_unknown end) as unknown, count(*) as n, array_agg(distinct q12.qualifier order by q12.qualifier) as qualifiers, array_agg(q12.id order by q12.id) as ids from (
              select w13.*, ps14.firm as parts_firm, ps14.contingent as parts_contingent, ps14.unknown as parts_unknown from commitment w13 cross join lateral (select coalesce(sum(pt15.amount) filter (where pt15.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt15.amount) filter (where pt15.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt15.amount) filter (where pt15.firmness = 'UNKNOWN'), 0) as unknown from commitment pt15 where pt15.part_of_id = w13.id and pt15.unit = w13.unit and pt15.amount is not null and (pt15.claim_group is null or pt15.claim_preferred) and not exists (select 1 from commitment am16 where am16.amends_id = pt15.id)) ps14
            ) q12 join commitment_timing x17 on x17.commitment_id = q12.id where (exists (select 1 from citation oc18 join source os19 on os19.id = oc18.source_id where oc18.commitment_id = q12.id and (strpos(lower(oc18.credited_outlet), lower(?)) > 0 or strpos(lower(os19.publisher), lower(?)) > 0))) and (in_force(cast(? as date), x17.start_earliest, x17.start_latest, x17.start_precision, x17.end_earliest, x17.end_latest, x17.end_precision) <> 'FALSE') and (q12.amount is not null and (q12.claim_group is null or q12.claim_preferred) and q12.part_of_id is null and not exists (select 1 from commitment am20 join commitment_timing amt21 on amt21.commitment_id = am20.id where am20.amends_id = q12.id and in_force_start(cast(? as date), amt21.start_earliest, amt21.start_latest, amt21.start_precision) <> 'FALSE')) group by 1, 2, 3, q12.unit
          ) g4 where true order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from (
        select w22.*, ps23.firm as parts_firm, ps23.contingent as parts_contingent, ps23.unknown as parts_unknown from commitment w22 cross join lateral (select coalesce(sum(pt24.amount) filter (where pt24.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt24.amount) filter (where pt24.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt24.amount) filter (where pt24.firmness = 'UNKNOWN'), 0) as unknown from commitment pt24 where pt24.part_of_id = w22.id and pt24.unit = w22.unit and pt24.amount is not null and (pt24.claim_group is null or pt24.claim_preferred) and not exists (select 1 from commitment am25 where am25.amends_id = pt24.id)) ps23
      ) q2 join commitment_timing x26 on x26.commitment_id = q2.id where (exists (select 1 from citation oc27 join source os28 on os28.id = oc27.source_id where oc27.commitment_id = q2.id and (strpos(lower(oc27.credited_outlet), lower(?)) > 0 or strpos(lower(os28.publisher), lower(?)) > 0))) and (in_force(cast(? as date), x26.start_earliest, x26.start_latest, x26.start_precision, x26.end_earliest, x26.end_latest, x26.end_precision) <> 'FALSE') group by ()
    ) r1
  )
)::text
-- values: [20,"“OpenAI Shifts Strategic Focus Toward Amazon Amid Microsoft Friction”","“OpenAI Shifts Strategic Focus Toward Amazon Amid Microsoft Friction”","2027-01-01","2027-01-01",100,"“OpenAI Shifts Strategic Focus Toward Amazon Amid Microsoft Friction”","“OpenAI Shifts Strategic Focus Toward Amazon Amid Microsoft Friction”","2027-01-01"]
