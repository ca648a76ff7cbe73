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
        )::text, ',' order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind), '') || ']')::json from (
          select g4.* from (
            select q8.committer_id as committer_id, null::bigint as recipient_id, null::text as kind, q8.unit as unit, q8.currency as currency, q8.count_of as count_of, sum(q8.amount) as total, sum(case when q8.firmness = 'FIRM' then q8.amount - (
              select coalesce(sum(pt9.amount), 0) from commitment pt9 where pt9.part_of_id = q8.id and pt9.unit = q8.unit and pt9.currency is not distinct from q8.currency and pt9.count_of is not distinct from q8.count_of and pt9.firmness <> 'FIRM' and pt9.amount is not null and (pt9.claim_group is null or pt9.claim_preferred) and not exists (select 1 from commitment am10 where am10.amends_id = pt9.id)
            ) else (
              select coalesce(sum(pt11.amount), 0) from commitment pt11 where pt11.part_of_id = q8.id and pt11.unit = q8.unit and pt11.currency is not distinct from q8.currency and pt11.count_of is not distinct from q8.count_of and pt11.firmness = 'FIRM' and pt11.amount is not null and (pt11.claim_group is null or pt11.claim_preferred) and not exists (select 1 from commitment am12 where am12.amends_id = pt11.id)
            ) end) as firm, sum(case when q8.firmness = 'CONTINGENT' then q8.amount - (
              select coalesce(sum(pt13.amount), 0) from commitment pt13 where pt13.part_of_id = q8.id and pt13.unit = q8.unit and pt13.currency is not distinct from q8.currency and pt13.count_of is not distinct from q8.count_of and pt13.firmness <> 'CONTINGENT' and pt13.amount is not null and (pt13.claim_group is null or pt13.claim_preferred) and not exists (select 1 from commitment am14 where am14.amends_id = pt13.id)
            ) else (
              select coalesce(sum(pt15.amount), 0) from commitment pt15 where pt15.part_of_id = q8.id and pt15.unit = q8.unit and pt15.currency is not distinct from q8.currency and pt15.count_of is not distinct from q8.count_of and pt15.firmness = 'CONTINGENT' and pt15.amount is not null and (pt15.claim_group is null or pt15.claim_preferred) and not exists (select 1 from commitment am16 where am16.amends_id = pt15.id)
            ) end) as contingent, sum(case when q8.firmness = 'UNKNOWN' then q8.amount - (
              select coalesce(sum(pt17.amount), 0) from commitment pt17 where pt17.part_of_id = q8.id and pt17.unit = q8.unit and pt17.currency is not distinct from q8.currency and pt17.count_of is not distinct from q8.count_of and pt17.firmness <> 'UNKNOWN' and pt17.amount is not null and (pt17.claim_group is null or pt17.claim_preferred) and not exists (select 1 from commitment am18 where am18.amends_id = pt17.id)
            ) else (
              select coalesce(sum(pt19.amount), 0) from commitment pt19 where pt19.part_of_id = q8.id and pt19.unit = q8.unit and pt19.currency is not distinct from q8.currency and pt19.count_of is not distinct from q8.count_of and pt19.firmness = 'UNKNOWN' and pt19.amount is not null and (pt19.claim_group is null or pt19.claim_preferred) and not exists (select 1 from commitment am20 where am20.amends_id = pt19.id)
            ) end) as unknown, count(*) as n, array_agg(distinct q8.qualifier order by q8.qualifier) as qualifiers, array_agg(q8.id order by q8.id) as ids from commitment q8 where q8.amount is not null and (q8.claim_group is null or q8.claim_preferred) and q8.part_of_id is null and not exists (select 1 from commitment am21 where am21.amends_id = q8.id) group by 1, 2, 3, q8.unit, q8.currency, q8.count_of
          ) g4 where true order by g4.unit, g4.currency, g4.count_of, g4.total desc, g4.committer_id, g4.recipient_id, g4.kind limit ?
        ) g4 where true
      ) as "groups" from commitment q2 where true group by ()
    ) r1
  )
)::text
-- values: [20,100]
