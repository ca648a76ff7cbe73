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
        )::text, ',' order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q16.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q16.unit as unit, sum(q16.amount) as total, sum(case when (q16.parts_firm + q16.parts_contingent + q16.parts_unknown) > q16.amount then (case when q16.firmness = 'FIRM' then q16.amount else 0 end) else (case when q16.firmness = 'FIRM' then q16.amount - (q16.parts_firm + q16.parts_contingent + q16.parts_unknown) else 0 end) + q16.parts_firm end) as firm, sum(case when (q16.parts_firm + q16.parts_contingent + q16.parts_unknown) > q16.amount then (case when q16.firmness = 'CONTINGENT' then q16.amount else 0 end) else (case when q16.firmness = 'CONTINGENT' then q16.amount - (q16.parts_firm + q16.parts_contingent + q16.parts_unknown) else 0 end) + q16.parts_contingent end) as contingent, sum(case when (q16.parts_firm + q16.parts_contingent + q16.parts_unknown) > q16.amount then (case when q16.firmness = 'UNKNOWN' then q16.amount else 0 end) else (case when q16.firmness = 'UNKNOWN' then q16.amount - (q16.parts_firm + q16.parts_contingent + q16.parts_unknown) else 0 end) + q16.parts_unknown end) as unknown, count(*) as n, array_agg(distinct q16.qualifier order by q16.qualifier) as qualifiers, array_agg(q16.id order by q16.id) as ids from (
              select w17.*, ps18.firm as parts_firm, ps18.contingent as parts_contingent, ps18.unknown as parts_unknown from commitment w17 cross join lateral (select coalesce(sum(pt19.amount) filter (where pt19.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt19.amount) filter (where pt19.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt19.amount) filter (where pt19.firmness = 'UNKNOWN'), 0) as unknown from commitment pt19 where pt19.part_of_id = w17.id and pt19.unit = w17.unit and pt19.amount is not null and (pt19.claim_group is null or pt19.claim_preferred) and not exists (select 1 from commitment am20 where am20.amends_id = pt19.id)) ps18
            ) q16 where q16.amount is not null and (q16.claim_group is null or q16.claim_preferred) and q16.part_of_id is null and not exists (select 1 from commitment am21 where am21.amends_id = q16.id) group by 1, 2, 3, q16.unit
          ) g4 where true order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from (
        select w22.*, ps23.firm as parts_firm, ps23.contingent as parts_contingent, ps23.unknown as parts_unknown from commitment w22 cross join lateral (select coalesce(sum(pt24.amount) filter (where pt24.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt24.amount) filter (where pt24.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt24.amount) filter (where pt24.firmness = 'UNKNOWN'), 0) as unknown from commitment pt24 where pt24.part_of_id = w22.id and pt24.unit = w22.unit and pt24.amount is not null and (pt24.claim_group is null or pt24.claim_preferred) and not exists (select 1 from commitment am25 where am25.amends_id = pt24.id)) ps23
      ) q2 where true group by ()
    ) r1
  )
)::text
-- values: [3,3,"DATE:ASC","2026-05-01","2026-05-01",4,100]
