-- sources
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor"
            ) r5
          ) as l0 from (
            select q6.*, coalesce(q6.published_earliest, q6.published_latest, 'infinity'::date) as sort_0 from source q6 where true order by coalesce(q6.published_earliest, q6.published_latest, 'infinity'::date), q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"PUBLISHED:ASC","PUBLISHED:ASC",21]
-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":0}'::json) as "partsSkipped", coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":1}'::json) as "withoutAmount", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(g4.qualifiers), '{"$error":2}'::json) as "qualifiers", (
              select ('[' || coalesce(string_agg((
                select row_to_json(r5.*) from (
                  select c6.claim_group as "claimGroup", (case when c6.date_precision is null then null else (
                    select row_to_json(r7.*) from (
                      select coalesce(to_json(c6.date_text), '{"$error":3}'::json) as "text", c6.date_earliest as "earliest"
                    ) r7
                  ) end) as "date"
                ) r5
              )::text, ',' order by c6.id), '') || ']')::json from (
                select c6.* from commitment c6 where c6.id = any(g4.ids) order by c6.id limit ?
              ) c6 where true
            ) as "commitments"
          ) r3
        )::text, ',' order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q8.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q8.unit as unit, sum(q8.amount) as total, sum(case when (q8.parts_firm + q8.parts_contingent + q8.parts_unknown) > q8.amount then (case when q8.firmness = 'FIRM' then q8.amount else 0 end) else (case when q8.firmness = 'FIRM' then q8.amount - (q8.parts_firm + q8.parts_contingent + q8.parts_unknown) else 0 end) + q8.parts_firm end) as firm, sum(case when (q8.parts_firm + q8.parts_contingent + q8.parts_unknown) > q8.amount then (case when q8.firmness = 'CONTINGENT' then q8.amount else 0 end) else (case when q8.firmness = 'CONTINGENT' then q8.amount - (q8.parts_firm + q8.parts_contingent + q8.parts_unknown) else 0 end) + q8.parts_contingent end) as contingent, sum(case when (q8.parts_firm + q8.parts_contingent + q8.parts_unknown) > q8.amount then (case when q8.firmness = 'UNKNOWN' then q8.amount else 0 end) else (case when q8.firmness = 'UNKNOWN' then q8.amount - (q8.parts_firm + q8.parts_contingent + q8.parts_unknown) else 0 end) + q8.parts_unknown end) as unknown, count(*) as n, array_agg(distinct q8.qualifier order by q8.qualifier) as qualifiers, array_agg(q8.id order by q8.id) as ids from (
              select w9.*, ps10.firm as parts_firm, ps10.contingent as parts_contingent, ps10.unknown as parts_unknown from commitment w9 cross join lateral (select coalesce(sum(pt11.amount) filter (where pt11.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt11.amount) filter (where pt11.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt11.amount) filter (where pt11.firmness = 'UNKNOWN'), 0) as unknown from commitment pt11 where pt11.part_of_id = w9.id and pt11.unit = w9.unit and pt11.amount is not null and (pt11.claim_group is null or pt11.claim_preferred) and not exists (select 1 from commitment am12 where am12.amends_id = pt11.id)) ps10
            ) q8 where q8.amount is not null and (q8.claim_group is null or q8.claim_preferred) and q8.part_of_id is null and not exists (select 1 from commitment am13 where am13.amends_id = q8.id) group by 1, 2, 3, q8.unit
          ) g4 where true order by g4.unit, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from (
        select w14.*, ps15.firm as parts_firm, ps15.contingent as parts_contingent, ps15.unknown as parts_unknown from commitment w14 cross join lateral (select coalesce(sum(pt16.amount) filter (where pt16.firmness = 'FIRM'), 0) as firm, coalesce(sum(pt16.amount) filter (where pt16.firmness = 'CONTINGENT'), 0) as contingent, coalesce(sum(pt16.amount) filter (where pt16.firmness = 'UNKNOWN'), 0) as unknown from commitment pt16 where pt16.part_of_id = w14.id and pt16.unit = w14.unit and pt16.amount is not null and (pt16.claim_group is null or pt16.claim_preferred) and not exists (select 1 from commitment am17 where am17.amends_id = pt16.id)) ps15
      ) q2 where true group by ()
    ) r1
  )
)::text
-- values: [20,100]
