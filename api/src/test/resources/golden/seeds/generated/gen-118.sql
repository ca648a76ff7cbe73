-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is not null and q2.part_of_id is not null and (q2.claim_group is null or q2.claim_preferred))), '{"$error":0}'::json) as "partsSkipped", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select coalesce(to_json(g4.unit), '{"$error":1}'::json) as "unit", coalesce(to_json(g4.n), '{"$error":2}'::json) as "count", coalesce(to_json(g4.qualifiers), '{"$error":3}'::json) as "qualifiers", (
              select ('[' || coalesce(string_agg((
                select row_to_json(r5.*) from (
                  select coalesce(to_json(dg_global_id('Commitment', c6.slug)), '{"$error":4}'::json) as "id", c6.horizon as "horizon", coalesce(to_json(coalesce((
                    select in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) from commitment_timing x7 where x7.commitment_id = c6.id
                  ), 'UNKNOWN')), '{"$error":5}'::json) as "inForce", c6.kind as "kind", (
                    select (
                      select row_to_json(r8.*) from (
                        select coalesce(to_json((coalesce(c9.claim_preferred, false) or c9.claim_group is null)), '{"$error":6}'::json) as "preferred", c9.horizon as "horizon", (
                          select (
                            select row_to_json(r10.*) from (
                              select coalesce(to_json(array(select a11.value from organization_alias a11 where a11.organization_id = c12.id and a11.kind = 'TICKER' order by a11.value limit 100)), '{"$error":7}'::json) as "tickers", c12.description as "description", c12.name as "name"
                            ) r10
                          ) from organization c12 where c12.id = c9.recipient_id limit 1
                        ) as "recipient"
                      ) r8
                    ) from commitment c9 where c9.id = c6.part_of_id limit 1
                  ) as "partOf"
                ) r5
              )::text, ',' order by c6.id), '') || ']')::json from (
                select c6.* from commitment c6 where c6.id = any(g4.ids) order by c6.id limit ?
              ) c6 where true
            ) as "commitments", (
              select (
                select row_to_json(r13.*) from (
                  select c14.description as "description", coalesce(to_json(array(select a15.value from organization_alias a15 where a15.organization_id = c14.id and a15.kind = 'TICKER' order by a15.value limit 100)), '{"$error":8}'::json) as "tickers"
                ) r13
              ) from organization c14 where c14.id = g4.committer_id limit 1
            ) as "committer"
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
-- values: ["2026-01-01",20,100]
-- conflicts
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", (
                select row_to_json(r6.*) from (
                  select coalesce(to_json(t4.claim_group), '{"$error":0}'::json) as "key", coalesce(to_json((
                    select (
                      select row_to_json(r7.*) from (
                        select c8.description as "description", coalesce(to_json((coalesce(c8.claim_preferred, false) or c8.claim_group is null)), '{"$error":1}'::json) as "preferred", coalesce(to_json(array(select o9.outlet from (
                          select distinct trim(o10.outlet) collate "C" as outlet from (
                            select cc11.source_id, cc11.credited_outlet, bool_or(cc11.credited_outlet is not null) over (partition by cc11.source_id) as credits from citation cc11 where cc11.commitment_id = c8.id
                          ) c12 join source s13 on s13.id = c12.source_id cross join lateral unnest(case when c12.credited_outlet is not null then string_to_array(c12.credited_outlet, ',') when c12.credits then array[]::text[] else array[coalesce(s13.publisher, s13.author, '“' || s13.title || '”')] end) as o10(outlet)
                        ) o9 order by 1 limit 100)), '{"$error":2}'::json) as "outlets"
                      ) r7
                    ) from commitment c8 where c8.id = (
                      select p14.id from commitment p14 where p14.claim_group = t4.claim_group order by p14.claim_preferred desc, p14.id limit 1
                    ) limit 1
                  )), '{"$error":3}'::json) as "preferred"
                ) r6
              ) as "node"
            ) r5
          ) as l0 from (
            select q15.*, (q15.claim_group) collate "C" as sort_0 from (
              select min(c16.id) as id, c16.claim_group from commitment c16 where c16.claim_group is not null group by c16.claim_group having count(distinct (c16.amount, c16.unit, c16.currency, c16.count_of, c16.qualifier, c16.modality, c16.committer_id, c16.recipient_id)) > 1 or exists (select 1 from commitment ca17 join commitment cb18 on cb18.claim_group = ca17.claim_group where ca17.claim_group = c16.claim_group and ca17.date_latest < cb18.date_earliest)
            ) q15 where true order by (q15.claim_group) collate "C", q15.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"CLAIM_GROUP:ASC","CLAIM_GROUP:ASC",21]
