-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":0}'::json) as "partsSkipped", coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":1}'::json) as "withoutAmount", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":2}'::json) as "competingClaimsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select g4.kind as "kind", (
              select (
                select row_to_json(r5.*) from (
                  select c6.kind as "kind", coalesce(to_json(dg_global_id('Organization', c6.slug)), '{"$error":3}'::json) as "id"
                ) r5
              ) from organization c6 where c6.id = g4.committer_id limit 1
            ) as "committer", (
              select (
                select row_to_json(r7.*) from (
                  select c8.slug as "slug", (
                    select row_to_json(z9.*) from (
                      select (
                        select row_to_json(r10.*) from (
                          select a11.cursors[1] as "startCursor", a11.fetched > ? as "hasNextPage", false as "hasPreviousPage"
                        ) r10
                      ) as "pageInfo" from (
                        select count(*) as fetched, (array_agg(n12.cursor order by n12.ord) filter (where n12.ord <= ?)) as cursors from (
                          select row_number() over (order by t13.sort_0, t13.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t13.sort_0::text)]::text[], t13.id) as cursor from (
                            select q14.*, coalesce(q14.date_earliest, q14.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x15.start_earliest, x15.start_latest, x15.start_precision, x15.end_earliest, x15.end_latest, x15.end_precision) as in_force from commitment q14 join commitment_timing x15 on x15.commitment_id = q14.id where (q14.committer_id = c8.id) and (in_force(cast(? as date), x15.start_earliest, x15.start_latest, x15.start_precision, x15.end_earliest, x15.end_latest, x15.end_precision) <> 'FALSE') order by coalesce(q14.date_earliest, q14.date_latest, 'infinity'::date), q14.id limit ?
                          ) t13
                        ) n12
                      ) a11
                    ) z9
                  ) as "commitmentsMade"
                ) r7
              ) from organization c8 where c8.id = g4.recipient_id limit 1
            ) as "recipient"
          ) r3
        )::text, ',' order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q16.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q16.unit as unit, q16.currency as currency, q16.count_of as count_of, sum(q16.amount) as total, sum(case when q16.firmness = 'FIRM' then q16.amount - (
              select coalesce(sum(pt17.amount), 0) from commitment pt17 where pt17.part_of_id = q16.id and pt17.unit = q16.unit and pt17.currency is not distinct from q16.currency and pt17.count_of is not distinct from q16.count_of and pt17.firmness <> 'FIRM' and pt17.amount is not null and (pt17.claim_group is null or pt17.claim_preferred) and not exists (select 1 from commitment am18 where am18.amends_id = pt17.id)
            ) else (
              select coalesce(sum(pt19.amount), 0) from commitment pt19 where pt19.part_of_id = q16.id and pt19.unit = q16.unit and pt19.currency is not distinct from q16.currency and pt19.count_of is not distinct from q16.count_of and pt19.firmness = 'FIRM' and pt19.amount is not null and (pt19.claim_group is null or pt19.claim_preferred) and not exists (select 1 from commitment am20 where am20.amends_id = pt19.id)
            ) end) as firm, sum(case when q16.firmness = 'CONTINGENT' then q16.amount - (
              select coalesce(sum(pt21.amount), 0) from commitment pt21 where pt21.part_of_id = q16.id and pt21.unit = q16.unit and pt21.currency is not distinct from q16.currency and pt21.count_of is not distinct from q16.count_of and pt21.firmness <> 'CONTINGENT' and pt21.amount is not null and (pt21.claim_group is null or pt21.claim_preferred) and not exists (select 1 from commitment am22 where am22.amends_id = pt21.id)
            ) else (
              select coalesce(sum(pt23.amount), 0) from commitment pt23 where pt23.part_of_id = q16.id and pt23.unit = q16.unit and pt23.currency is not distinct from q16.currency and pt23.count_of is not distinct from q16.count_of and pt23.firmness = 'CONTINGENT' and pt23.amount is not null and (pt23.claim_group is null or pt23.claim_preferred) and not exists (select 1 from commitment am24 where am24.amends_id = pt23.id)
            ) end) as contingent, sum(case when q16.firmness = 'UNKNOWN' then q16.amount - (
              select coalesce(sum(pt25.amount), 0) from commitment pt25 where pt25.part_of_id = q16.id and pt25.unit = q16.unit and pt25.currency is not distinct from q16.currency and pt25.count_of is not distinct from q16.count_of and pt25.firmness <> 'UNKNOWN' and pt25.amount is not null and (pt25.claim_group is null or pt25.claim_preferred) and not exists (select 1 from commitment am26 where am26.amends_id = pt25.id)
            ) else (
              select coalesce(sum(pt27.amount), 0) from commitment pt27 where pt27.part_of_id = q16.id and pt27.unit = q16.unit and pt27.currency is not distinct from q16.currency and pt27.count_of is not distinct from q16.count_of and pt27.firmness = 'UNKNOWN' and pt27.amount is not null and (pt27.claim_group is null or pt27.claim_preferred) and not exists (select 1 from commitment am28 where am28.amends_id = pt27.id)
            ) end) as unknown, count(*) as n, array_agg(distinct q16.qualifier order by q16.qualifier) as qualifiers, array_agg(q16.id order by q16.id) as ids from commitment q16 where q16.amount is not null and (q16.claim_group is null or q16.claim_preferred) and q16.part_of_id is null and not exists (select 1 from commitment am29 where am29.amends_id = q16.id) group by 1, 2, 3, q16.unit, q16.currency, q16.count_of
          ) g4 where true order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from commitment q2 where true group by ()
    ) r1
  )
)::text
-- values: [3,3,"DATE:ASC","2026-05-01","2026-05-01",4,100]
