-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.claim_group is not null and not q2.claim_preferred)), '{"$error":0}'::json) as "competingClaimsSkipped", coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":1}'::json) as "partsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(g4.n), '{"$error":2}'::json) as "count", coalesce(to_json(trim_scale(g4.total)::text), '{"$error":3}'::json) as "total", coalesce(to_json(g4.unit), '{"$error":4}'::json) as "unit", g4.kind as "kind"
          ) r3
        )::text, ',' order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q5.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q5.unit as unit, sum(q5.amount) as total, sum(case when (q5.parts_firm + q5.parts_contingent + q5.parts_unknown) > q5.amount then (case when q5.firmness = 'FIRM' then q5.amount else 0 end) else (case when q5.firmness = 'FIRM' then q5.amount - (q5.parts_firm + q5.parts_contingent + q5.parts_unknown) else 0 end) + q5.parts_firm end) as firm, sum(case when (q5.parts_firm + q5.parts_contingent + q5.parts_unknown) > q5.amount then (case when q5.firmness = 'CONTINGENT' then q5.amount else 0 end) else (case when q5.firmness = 'CONTINGENT' then q5.amount - (q5.parts_firm + q5.parts_contingent + q5.parts_unknown) else 0 end) + q5.parts_contingent end) as contingent, sum(case when (q5.parts_firm + q5.parts_contingent + q5.parts_unknown) > q5.amount then (case when q5.firmness = 'UNKNOWN' then q5.amount else 0 end) else (case when q5.firmness = 'UNKNOWN' then q5.amount - (q5.parts_firm + q5.parts_contingent + q5.parts_unknown) else 0 end) + q5.parts_unknown end) as unknown, count(*) as n, array_agg(distinct q5.qualifier order by q5.qualifier) as qualifiers, array_agg(q5.id order by q5.id) as ids from (
              select w6.*, ps7.firm as parts_firm, ps7.contingent as parts_contingent, ps7.unknown as parts_unknown from commitment w6 cross join lateral (select coalesce(sum(pt8.amount) filter (where pt8.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt8.amount) filter (where pt8.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt8.amount) filter (where pt8.firmness = 'UNKNOWN'), 0) as unknown from commitment pt8 where pt8.part_of_id = w6.id and pt8.unit = w6.unit and pt8.amount is not null and (pt8.claim_group is null or pt8.claim_preferred) and not exists (select 1 from commitment am9 where am9.amends_id = pt8.id)) ps7
            ) q5 join commitment_timing x10 on x10.commitment_id = q5.id where (in_force(cast(? as date), x10.start_earliest, x10.start_latest, x10.start_precision, x10.end_earliest, x10.end_latest, x10.end_precision) <> 'FALSE') and (q5.amount is not null and (q5.claim_group is null or q5.claim_preferred) and q5.part_of_id is null and not exists (select 1 from commitment am11 join commitment_timing amt12 on amt12.commitment_id = am11.id where am11.amends_id = q5.id and in_force_start(cast(? as date), amt12.start_earliest, amt12.start_latest, amt12.start_precision) <> 'FALSE')) group by 1, 2, 3, q5.unit
          ) g4 where true order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from (
        select w13.*, ps14.firm as parts_firm, ps14.contingent as parts_contingent, ps14.unknown as parts_unknown from commitment w13 cross join lateral (select coalesce(sum(pt15.amount) filter (where pt15.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt15.amount) filter (where pt15.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt15.amount) filter (where pt15.firmness = 'UNKNOWN'), 0) as unknown from commitment pt15 where pt15.part_of_id = w13.id and pt15.unit = w13.unit and pt15.amount is not null and (pt15.claim_group is null or pt15.claim_preferred) and not exists (select 1 from commitment am16 where am16.amends_id = pt15.id)) ps14
      ) q2 join commitment_timing x17 on x17.commitment_id = q2.id where in_force(cast(? as date), x17.start_earliest, x17.start_latest, x17.start_precision, x17.end_earliest, x17.end_latest, x17.end_precision) <> 'FALSE' group by ()
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
