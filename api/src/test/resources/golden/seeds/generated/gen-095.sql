-- r1
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":0}'::json) as "partsSkipped", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":1}'::json) as "competingClaimsSkipped", coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":2}'::json) as "withoutAmount", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(trim_scale(g4.total)::text), '{"$error":3}'::json) as "total", coalesce(to_json(g4.n), '{"$error":4}'::json) as "a1", coalesce(to_json(g4.qualifiers), '{"$error":5}'::json) as "qualifiers"
          ) r3
        )::text, ',' order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q5.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q5.unit as unit, q5.currency as currency, q5.count_of as count_of, sum(q5.amount) as total, sum(case when q5.firmness = 'FIRM' then q5.amount - (
              select coalesce(sum(pt6.amount), 0) from commitment pt6 where pt6.part_of_id = q5.id and pt6.unit = q5.unit and pt6.currency is not distinct from q5.currency and pt6.count_of is not distinct from q5.count_of and pt6.firmness <> 'FIRM' and pt6.amount is not null and (pt6.claim_group is null or pt6.claim_preferred) and not exists (select 1 from commitment am7 where am7.amends_id = pt6.id)
            ) else (
              select coalesce(sum(pt8.amount), 0) from commitment pt8 where pt8.part_of_id = q5.id and pt8.unit = q5.unit and pt8.currency is not distinct from q5.currency and pt8.count_of is not distinct from q5.count_of and pt8.firmness = 'FIRM' and pt8.amount is not null and (pt8.claim_group is null or pt8.claim_preferred) and not exists (select 1 from commitment am9 where am9.amends_id = pt8.id)
            ) end) as firm, sum(case when q5.firmness = 'CONTINGENT' then q5.amount - (
              select coalesce(sum(pt10.amount), 0) from commitment pt10 where pt10.part_of_id = q5.id and pt10.unit = q5.unit and pt10.currency is not distinct from q5.currency and pt10.count_of is not distinct from q5.count_of and pt10.firmness <> 'CONTINGENT' and pt10.amount is not null and (pt10.claim_group is null or pt10.claim_preferred) and not exists (select 1 from commitment am11 where am11.amends_id = pt10.id)
            ) else (
              select coalesce(sum(pt12.amount), 0) from commitment pt12 where pt12.part_of_id = q5.id and pt12.unit = q5.unit and pt12.currency is not distinct from q5.currency and pt12.count_of is not distinct from q5.count_of and pt12.firmness = 'CONTINGENT' and pt12.amount is not null and (pt12.claim_group is null or pt12.claim_preferred) and not exists (select 1 from commitment am13 where am13.amends_id = pt12.id)
            ) end) as contingent, sum(case when q5.firmness = 'UNKNOWN' then q5.amount - (
              select coalesce(sum(pt14.amount), 0) from commitment pt14 where pt14.part_of_id = q5.id and pt14.unit = q5.unit and pt14.currency is not distinct from q5.currency and pt14.count_of is not distinct from q5.count_of and pt14.firmness <> 'UNKNOWN' and pt14.amount is not null and (pt14.claim_group is null or pt14.claim_preferred) and not exists (select 1 from commitment am15 where am15.amends_id = pt14.id)
            ) else (
              select coalesce(sum(pt16.amount), 0) from commitment pt16 where pt16.part_of_id = q5.id and pt16.unit = q5.unit and pt16.currency is not distinct from q5.currency and pt16.count_of is not distinct from q5.count_of and pt16.firmness = 'UNKNOWN' and pt16.amount is not null and (pt16.claim_group is null or pt16.claim_preferred) and not exists (select 1 from commitment am17 where am17.amends_id = pt16.id)
            ) end) as unknown, count(*) as n, array_agg(distinct q5.qualifier order by q5.qualifier) as qualifiers, array_agg(q5.id order by q5.id) as ids from commitment q5 where (q5.committer_id = (
              select s18.id from organization s18 where s18.slug = ?
            ) or q5.recipient_id = (
              select s19.id from organization s19 where s19.slug = ?
            ) or exists (select 1 from commitment_committer cc20 where cc20.commitment_id = q5.id and cc20.organization_id = (
              select s21.id from organization s21 where s21.slug = ?
            ))) and (exists (select 1 from citation oc22 join source os23 on os23.id = oc22.source_id where oc22.commitment_id = q5.id and (strpos(lower(oc22.credited_outlet), lower(?)) > 0 or strpos(lower(os23.publisher), lower(?)) > 0))) and (q5.amount is not null and (q5.claim_group is null or q5.claim_preferred) and q5.part_of_id is null and not exists (select 1 from commitment am24 where am24.amends_id = q5.id)) group by 1, 2, 3, q5.unit, q5.currency, q5.count_of
          ) g4 where true order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from commitment q2 where (q2.committer_id = (
        select s25.id from organization s25 where s25.slug = ?
      ) or q2.recipient_id = (
        select s26.id from organization s26 where s26.slug = ?
      ) or exists (select 1 from commitment_committer cc27 where cc27.commitment_id = q2.id and cc27.organization_id = (
        select s28.id from organization s28 where s28.slug = ?
      ))) and (exists (select 1 from citation oc29 join source os30 on os30.id = oc29.source_id where oc29.commitment_id = q2.id and (strpos(lower(oc29.credited_outlet), lower(?)) > 0 or strpos(lower(os30.publisher), lower(?)) > 0))) group by ()
    ) r1
  )
)::text
-- values: ["openai","openai","openai","“OpenAI Shifts Aggressively Toward Amazon Amid Microsoft Partnership Changes”","“OpenAI Shifts Aggressively Toward Amazon Amid Microsoft Partnership Changes”",100,"openai","openai","openai","“OpenAI Shifts Aggressively Toward Amazon Amid Microsoft Partnership Changes”","“OpenAI Shifts Aggressively Toward Amazon Amid Microsoft Partnership Changes”"]
-- r2
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from person q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select coalesce(to_json((select count(*)::int from (
                select distinct trim(o7.outlet) collate "C" as outlet from (
                  select cc8.source_id, cc8.credited_outlet, bool_or(cc8.credited_outlet is not null) over (partition by cc8.source_id) as credits from citation cc8 where cc8.person_id = t5.id
                ) c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') when c9.credits then array[]::text[] else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o7(outlet)
              ) o11)), '{"$error":0}'::json) as "corroboration", t5.slug as "slug"
            ) r6
          ) as l0 from (
            select q2.*, (lower(q2.name)) collate "C" as sort_0 from person q2 where (true) and (((lower(q2.name)) collate "C", q2.id) > (cast(? as text) collate "C", ?)) order by (lower(q2.name)) collate "C", q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [5,5,"NAME:ASC","denise dresser",1,6]
