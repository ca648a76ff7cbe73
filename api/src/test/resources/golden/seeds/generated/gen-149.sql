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
                    select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.commitment_id = c6.id
                  ) o7 order by 1 limit 100)), '{"$error":3}'::json) as "outlets"
                ) r5
              )::text, ',' order by c6.id), '') || ']')::json from (
                select c6.* from commitment c6 where c6.id = any(g4.ids) order by c6.id limit ?
              ) c6 where true
            ) as "commitments"
          ) r3
        )::text, ',' order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q11.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q11.unit as unit, sum(q11.amount) as total, count(*) as n, array_agg(distinct q11.qualifier order by q11.qualifier) as qualifiers, array_agg(q11.id order by q11.id) as ids from commitment q11 join commitment_timing x12 on x12.commitment_id = q11.id where (exists (select 1 from citation oc13 join source os14 on os14.id = oc13.source_id where oc13.commitment_id = q11.id and (strpos(lower(oc13.credited_outlet), lower(?)) > 0 or strpos(lower(os14.publisher), lower(?)) > 0))) and (in_force(cast(? as date), x12.start_earliest, x12.start_latest, x12.start_precision, x12.end_earliest, x12.end_latest, x12.end_precision) <> 'FALSE') and (q11.amount is not null and (q11.claim_group is null or q11.claim_preferred) and q11.part_of_id is null) group by 1, 2, 3, q11.unit
          ) g4 where true order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from commitment q2 join commitment_timing x15 on x15.commitment_id = q2.id where (exists (select 1 from citation oc16 join source os17 on os17.id = oc16.source_id where oc16.commitment_id = q2.id and (strpos(lower(oc16.credited_outlet), lower(?)) > 0 or strpos(lower(os17.publisher), lower(?)) > 0))) and (in_force(cast(? as date), x15.start_earliest, x15.start_latest, x15.start_precision, x15.end_earliest, x15.end_latest, x15.end_precision) <> 'FALSE') group by ()
    ) r1
  )
)::text
-- values: [20,"“OpenAI Shifts Strategic Focus Toward Amazon Amid Microsoft Friction”","“OpenAI Shifts Strategic Focus Toward Amazon Amid Microsoft Friction”","2027-01-01",100,"“OpenAI Shifts Strategic Focus Toward Amazon Amid Microsoft Friction”","“OpenAI Shifts Strategic Focus Toward Amazon Amid Microsoft Friction”","2027-01-01"]
