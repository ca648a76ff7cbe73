-- conflicts
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select min(c2.id) as id, c2.claim_group from commitment c2 where c2.claim_group is not null group by c2.claim_group having count(distinct (c2.amount, c2.unit, c2.qualifier, c2.modality, c2.committer_id, c2.recipient_id)) > 1 or exists (select 1 from commitment ca3 join commitment cb4 on cb4.claim_group = ca3.claim_group where ca3.claim_group = c2.claim_group and ca3.date_latest < cb4.date_earliest)
        ) q5 where true
      ) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "edges", ('[' || coalesce(a6.l1, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0, string_agg(n7.l1::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l1 from (
          select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
            select row_to_json(r9.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as "cursor", (
                select row_to_json(r10.*) from (
                  select coalesce(to_json(t8.claim_group), '{"$error":0}'::json) as "key"
                ) r10
              ) as "node"
            ) r9
          ) as l0, (
            select row_to_json(r11.*) from (
              select coalesce(to_json(t8.claim_group), '{"$error":1}'::json) as "key", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r12.*) from (
                    select coalesce(to_json(array(select o13.outlet from (
                      select distinct trim(o14.outlet) collate "C" as outlet from citation c15 join source s16 on s16.id = c15.source_id cross join lateral unnest(case when c15.credited_outlet is not null then string_to_array(c15.credited_outlet, ',') else array[coalesce(s16.publisher, s16.author, '“' || s16.title || '”')] end) as o14(outlet) where c15.commitment_id = c17.id
                    ) o13 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", (
                      select (
                        select row_to_json(r18.*) from (
                          select coalesce(to_json(c19.claim_group), '{"$error":3}'::json) as "key", (
                            select ('[' || coalesce(string_agg((
                              select row_to_json(r20.*) from (
                                select c21.description as "description", c21.kind as "kind", c21.resource as "resource"
                              ) r20
                            )::text, ',' order by c21.claim_preferred desc, c21.id), '') || ']')::json from (
                              select c21.* from commitment c21 where c21.claim_group = c19.claim_group order by c21.claim_preferred desc, c21.id limit ?
                            ) c21 where true
                          ) as "claims"
                        ) r18
                      ) from (
                        select min(c22.id) as id, c22.claim_group from commitment c22 where c22.claim_group is not null group by c22.claim_group
                      ) c19 where c19.claim_group = c17.claim_group limit 1
                    ) as "claims", (
                      select (
                        select row_to_json(r23.*) from (
                          select c24.amount_text as "amountText"
                        ) r23
                      ) from commitment c24 where c24.id = c17.part_of_id limit 1
                    ) as "partOf"
                  ) r12
                )::text, ',' order by c17.claim_preferred desc, c17.id), '') || ']')::json from (
                  select c17.* from commitment c17 where c17.claim_group = t8.claim_group order by c17.claim_preferred desc, c17.id limit ?
                ) c17 where true
              ) as "claims", coalesce(to_json((
                select (
                  select row_to_json(r25.*) from (
                    select c26.slug as "slug", c26.horizon as "horizon", coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x27.start_earliest, x27.start_latest, x27.start_precision, x27.end_earliest, x27.end_latest, x27.end_precision) from commitment_timing x27 where x27.commitment_id = c26.id
                    ), 'UNKNOWN')), '{"$error":4}'::json) as "inForce", (
                      select (
                        select row_to_json(r28.*) from (
                          select c29.name as "name", c29.kind as "kind", coalesce(to_json(dg_global_id('Organization', c29.slug)), '{"$error":5}'::json) as "id", c29.slug as "slug"
                        ) r28
                      ) from organization c29 where c29.id = c26.recipient_id limit 1
                    ) as "recipient"
                  ) r25
                ) from commitment c26 where c26.id = (
                  select p30.id from commitment p30 where p30.claim_group = t8.claim_group order by p30.claim_preferred desc, p30.id limit 1
                ) limit 1
              )), '{"$error":6}'::json) as "preferred"
            ) r11
          ) as l1 from (
            select q5.*, (q5.claim_group) collate "C" as sort_0 from (
              select min(c2.id) as id, c2.claim_group from commitment c2 where c2.claim_group is not null group by c2.claim_group having count(distinct (c2.amount, c2.unit, c2.qualifier, c2.modality, c2.committer_id, c2.recipient_id)) > 1 or exists (select 1 from commitment ca3 join commitment cb4 on cb4.claim_group = ca3.claim_group where ca3.claim_group = c2.claim_group and ca3.date_latest < cb4.date_earliest)
            ) q5 where true order by (q5.claim_group) collate "C", q5.id limit ?
          ) t8
        ) n7
      ) a6
    ) z1
  )
)::text
-- values: [2,2,2,"CLAIM_GROUP:ASC","CLAIM_GROUP:ASC",10,10,"2026-05-01",3]
-- commitmentTotals
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":0}'::json) as "a0" from (
        select w3.*, coalesce(ps4.firm, 0) as parts_firm, coalesce(ps4.contingent, 0) as parts_contingent, coalesce(ps4.unknown, 0) as parts_unknown from commitment w3 left join (select pt5.part_of_id, sum(pt5.amount) filter (where pt5.firmness = 'FIRM') as firm, sum(pt5.amount) filter (where pt5.firmness = 'CONTINGENT') as contingent, sum(pt5.amount) filter (where pt5.firmness = 'UNKNOWN') as unknown from commitment pt5 join commitment pw6 on pw6.id = pt5.part_of_id and pw6.unit = pt5.unit where pt5.amount is not null and (pt5.claim_group is null or pt5.claim_preferred) group by pt5.part_of_id) ps4 on ps4.part_of_id = w3.id
      ) q2 where q2.unit = ? group by ()
    ) r1
  )
)::text
-- values: ["USD"]
