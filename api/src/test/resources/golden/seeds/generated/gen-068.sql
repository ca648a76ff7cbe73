-- conflicts
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select min(c2.id) as id, c2.claim_group from commitment c2 where c2.claim_group is not null group by c2.claim_group having count(distinct (c2.amount, c2.unit, c2.currency, c2.count_of, c2.qualifier, c2.modality, c2.committer_id, c2.recipient_id)) > 1 or exists (select 1 from commitment ca3 join commitment cb4 on cb4.claim_group = ca3.claim_group where ca3.claim_group = c2.claim_group and ca3.date_latest < cb4.date_earliest)
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
                      select distinct trim(o14.outlet) collate "C" as outlet from (
                        select cc15.source_id, cc15.credited_outlet, bool_or(cc15.credited_outlet is not null) over (partition by cc15.source_id) as credits from citation cc15 where cc15.commitment_id = c16.id
                      ) c17 join source s18 on s18.id = c17.source_id cross join lateral unnest(case when c17.credited_outlet is not null then string_to_array(c17.credited_outlet, ',') when c17.credits then array[]::text[] else array[coalesce(s18.publisher, s18.author, '“' || s18.title || '”')] end) as o14(outlet)
                    ) o13 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", (
                      select (
                        select row_to_json(r19.*) from (
                          select coalesce(to_json(c20.claim_group), '{"$error":3}'::json) as "key", (
                            select ('[' || coalesce(string_agg((
                              select row_to_json(r21.*) from (
                                select c22.description as "description", c22.kind as "kind", c22.resource as "resource"
                              ) r21
                            )::text, ',' order by c22.claim_preferred desc, c22.id), '') || ']')::json from (
                              select c22.* from commitment c22 where c22.claim_group = c20.claim_group order by c22.claim_preferred desc, c22.id limit ?
                            ) c22 where true
                          ) as "claims"
                        ) r19
                      ) from (
                        select min(c23.id) as id, c23.claim_group from commitment c23 where c23.claim_group is not null group by c23.claim_group
                      ) c20 where c20.claim_group = c16.claim_group limit 1
                    ) as "claims", (
                      select (
                        select row_to_json(r24.*) from (
                          select c25.amount_text as "amountText"
                        ) r24
                      ) from commitment c25 where c25.id = c16.part_of_id limit 1
                    ) as "partOf"
                  ) r12
                )::text, ',' order by c16.claim_preferred desc, c16.id), '') || ']')::json from (
                  select c16.* from commitment c16 where c16.claim_group = t8.claim_group order by c16.claim_preferred desc, c16.id limit ?
                ) c16 where true
              ) as "claims", coalesce(to_json((
                select (
                  select row_to_json(r26.*) from (
                    select c27.slug as "slug", c27.horizon as "horizon", coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x28.start_earliest, x28.start_latest, x28.start_precision, x28.end_earliest, x28.end_latest, x28.end_precision) from commitment_timing x28 where x28.commitment_id = c27.id
                    ), 'UNKNOWN')), '{"$error":4}'::json) as "inForce", (
                      select (
                        select row_to_json(r29.*) from (
                          select c30.name as "name", c30.kind as "kind", coalesce(to_json(dg_global_id('Organization', c30.slug)), '{"$error":5}'::json) as "id", c30.slug as "slug"
                        ) r29
                      ) from organization c30 where c30.id = c27.recipient_id limit 1
                    ) as "recipient"
                  ) r26
                ) from commitment c27 where c27.id = (
                  select p31.id from commitment p31 where p31.claim_group = t8.claim_group order by p31.claim_preferred desc, p31.id limit 1
                ) limit 1
              )), '{"$error":6}'::json) as "preferred"
            ) r11
          ) as l1 from (
            select q5.*, (q5.claim_group) collate "C" as sort_0 from (
              select min(c2.id) as id, c2.claim_group from commitment c2 where c2.claim_group is not null group by c2.claim_group having count(distinct (c2.amount, c2.unit, c2.currency, c2.count_of, c2.qualifier, c2.modality, c2.committer_id, c2.recipient_id)) > 1 or exists (select 1 from commitment ca3 join commitment cb4 on cb4.claim_group = ca3.claim_group where ca3.claim_group = c2.claim_group and ca3.date_latest < cb4.date_earliest)
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
      select coalesce(to_json(count(*) filter (where q2.amount is null)), '{"$error":0}'::json) as "a0" from commitment q2 where q2.unit = ? group by ()
    ) r1
  )
)::text
-- values: ["USD"]
