-- conflicts
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[array_length(a3.cursors, 1)] as "endCursor", a3.cursors[1] as "startCursor", a3.fetched > ? as "hasNextPage", exists (
            select 1 from (
              select min(c4.id) as id, c4.claim_group from commitment c4 where c4.claim_group is not null group by c4.claim_group having count(distinct (c4.amount, c4.unit, c4.currency, c4.count_of, c4.qualifier, c4.modality, c4.committer_id, c4.recipient_id)) > 1 or exists (select 1 from commitment ca5 join commitment cb6 on cb6.claim_group = ca5.claim_group where ca5.claim_group = c4.claim_group and ca5.date_latest < cb6.date_earliest)
            ) q7 where (true) and (not ((q7.claim_group) collate "C", q7.id) > (cast(? as text) collate "C", ?))
          ) as "hasPreviousPage"
        ) r2
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors from (
          select row_number() over (order by t9.sort_0, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor from (
            select q7.*, (q7.claim_group) collate "C" as sort_0 from (
              select min(c4.id) as id, c4.claim_group from commitment c4 where c4.claim_group is not null group by c4.claim_group having count(distinct (c4.amount, c4.unit, c4.currency, c4.count_of, c4.qualifier, c4.modality, c4.committer_id, c4.recipient_id)) > 1 or exists (select 1 from commitment ca5 join commitment cb6 on cb6.claim_group = ca5.claim_group where ca5.claim_group = c4.claim_group and ca5.date_latest < cb6.date_earliest)
            ) q7 where (true) and (((q7.claim_group) collate "C", q7.id) > (cast(? as text) collate "C", ?)) order by (q7.claim_group) collate "C", q7.id limit ?
          ) t9
        ) n8
      ) a3
    ) z1
  )
)::text
-- values: [1,"amazon-openai-investment",1,1,"CLAIM_GROUP:ASC","amazon-openai-investment",1,2]
-- r2
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":0}'::json) as "partsSkipped", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":1}'::json) as "competingClaimsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(g4.qualifiers), '{"$error":2}'::json) as "qualifiers", coalesce(to_json(g4.unit), '{"$error":3}'::json) as "unit", (
              select ('[' || coalesce(string_agg((
                select row_to_json(r5.*) from (
                  select c6.kind as "kind", c6.claim_group as "claimGroup"
                ) r5
              )::text, ',' order by c6.id), '') || ']')::json from (
                select c6.* from commitment c6 where c6.id = any(g4.ids) order by c6.id limit ?
              ) c6 where true
            ) as "commitments"
          ) r3
        )::text, ',' order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q7.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q7.unit as unit, q7.currency as currency, q7.count_of as count_of, sum(q7.amount) as total, sum(case when q7.firmness = 'FIRM' then q7.amount - (
              select coalesce(sum(pt8.amount), 0) from commitment pt8 where pt8.part_of_id = q7.id and pt8.unit = q7.unit and pt8.currency is not distinct from q7.currency and pt8.count_of is not distinct from q7.count_of and pt8.firmness <> 'FIRM' and pt8.amount is not null and (pt8.claim_group is null or pt8.claim_preferred) and not exists (select 1 from commitment am9 where am9.amends_id = pt8.id)
            ) else (
              select coalesce(sum(pt10.amount), 0) from commitment pt10 where pt10.part_of_id = q7.id and pt10.unit = q7.unit and pt10.currency is not distinct from q7.currency and pt10.count_of is not distinct from q7.count_of and pt10.firmness = 'FIRM' and pt10.amount is not null and (pt10.claim_group is null or pt10.claim_preferred) and not exists (select 1 from commitment am11 where am11.amends_id = pt10.id)
            ) end) as firm, sum(case when q7.firmness = 'CONTINGENT' then q7.amount - (
              select coalesce(sum(pt12.amount), 0) from commitment pt12 where pt12.part_of_id = q7.id and pt12.unit = q7.unit and pt12.currency is not distinct from q7.currency and pt12.count_of is not distinct from q7.count_of and pt12.firmness <> 'CONTINGENT' and pt12.amount is not null and (pt12.claim_group is null or pt12.claim_preferred) and not exists (select 1 from commitment am13 where am13.amends_id = pt12.id)
            ) else (
              select coalesce(sum(pt14.amount), 0) from commitment pt14 where pt14.part_of_id = q7.id and pt14.unit = q7.unit and pt14.currency is not distinct from q7.currency and pt14.count_of is not distinct from q7.count_of and pt14.firmness = 'CONTINGENT' and pt14.amount is not null and (pt14.claim_group is null or pt14.claim_preferred) and not exists (select 1 from commitment am15 where am15.amends_id = pt14.id)
            ) end) as contingent, sum(case when q7.firmness = 'UNKNOWN' then q7.amount - (
              select coalesce(sum(pt16.amount), 0) from commitment pt16 where pt16.part_of_id = q7.id and pt16.unit = q7.unit and pt16.currency is not distinct from q7.currency and pt16.count_of is not distinct from q7.count_of and pt16.firmness <> 'UNKNOWN' and pt16.amount is not null and (pt16.claim_group is null or pt16.claim_preferred) and not exists (select 1 from commitment am17 where am17.amends_id = pt16.id)
            ) else (
              select coalesce(sum(pt18.amount), 0) from commitment pt18 where pt18.part_of_id = q7.id and pt18.unit = q7.unit and pt18.currency is not distinct from q7.currency and pt18.count_of is not distinct from q7.count_of and pt18.firmness = 'UNKNOWN' and pt18.amount is not null and (pt18.claim_group is null or pt18.claim_preferred) and not exists (select 1 from commitment am19 where am19.amends_id = pt18.id)
            ) end) as unknown, count(*) as n, array_agg(distinct q7.qualifier order by q7.qualifier) as qualifiers, array_agg(q7.id order by q7.id) as ids from commitment q7 where q7.amount is not null and (q7.claim_group is null or q7.claim_preferred) and q7.part_of_id is null and not exists (select 1 from commitment am20 where am20.amends_id = q7.id) group by 1, 2, 3, q7.unit, q7.currency, q7.count_of
          ) g4 where true order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from commitment q2 where true group by ()
    ) r1
  )
)::text
-- values: [20,100]
