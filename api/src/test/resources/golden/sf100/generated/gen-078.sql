-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":0}'::json) as "competingClaimsSkipped", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":1}'::json) as "partsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(g4.n), '{"$error":2}'::json) as "count", coalesce(to_json(trim_scale(g4.total)::text), '{"$error":3}'::json) as "total", coalesce(to_json(g4.unit), '{"$error":4}'::json) as "unit", g4.kind as "kind"
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
            ) end) as unknown, count(*) as n, array_agg(distinct q5.qualifier order by q5.qualifier) as qualifiers, array_agg(q5.id order by q5.id) as ids from commitment q5 join commitment_timing x18 on x18.commitment_id = q5.id where (in_force(cast(? as date), x18.start_earliest, x18.start_latest, x18.start_precision, x18.end_earliest, x18.end_latest, x18.end_precision) <> 'FALSE') and (q5.amount is not null and (q5.claim_group is null or q5.claim_preferred) and q5.part_of_id is null and not exists (select 1 from commitment am19 join commitment_timing amt20 on amt20.commitment_id = am19.id where am19.amends_id = q5.id and in_force_start(cast(? as date), amt20.start_earliest, amt20.start_latest, amt20.start_precision) <> 'FALSE')) group by 1, 2, 3, q5.unit, q5.currency, q5.count_of
          ) g4 where true order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from commitment q2 join commitment_timing x21 on x21.commitment_id = q2.id where in_force(cast(? as date), x21.start_earliest, x21.start_latest, x21.start_precision, x21.end_earliest, x21.end_latest, x21.end_precision) <> 'FALSE' group by ()
    ) r1
  )
)::text
-- values: ["2015-06-30","2015-06-30",100,"2015-06-30"]
-- statements
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from statement q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0 desc, t5.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor"
            ) r6
          ) as l0 from (
            select q2.*, coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) as sort_0 from statement q2 where (true) and ((coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date), q2.id) < (cast(? as date), ?)) order by coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) desc, q2.id desc limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [7,7,"DATE:DESC","DATE:DESC","2015-11-23",10003233,8]
