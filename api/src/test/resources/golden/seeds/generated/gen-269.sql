-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 join commitment_timing x3 on x3.commitment_id = q2.id where in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE'
      ) as "totalCount", ('[' || coalesce(a4.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as "cursor", t6.in_force as "inForce", (
                select row_to_json(r8.*) from (
                  select t6.claim_group as "claimGroup", coalesce(to_json(dg_global_id('Commitment', t6.slug)), '{"$error":0}'::json) as "id", t6.horizon as "horizon", (
                    select (
                      select row_to_json(r9.*) from (
                        select coalesce(to_json(c10.claim_group), '{"$error":1}'::json) as "key", (
                          select ('[' || coalesce(string_agg((
                            select row_to_json(r11.*) from (
                              select coalesce(to_json((coalesce(c12.claim_preferred, false) or c12.claim_group is null)), '{"$error":2}'::json) as "a0", c12.claim_group as "claimGroup", c12.slug as "slug"
                            ) r11
                          )::text, ',' order by c12.claim_preferred desc, c12.id), '') || ']')::json from (
                            select c12.* from commitment c12 where c12.claim_group = c10.claim_group order by c12.claim_preferred desc, c12.id limit ?
                          ) c12 where true
                        ) as "claims", coalesce(to_json((
                          select (
                            select row_to_json(r13.*) from (
                              select c14.resource as "resource", c14.kind as "kind", c14.claim_group as "a2", coalesce(to_json(dg_global_id('Commitment', c14.slug)), '{"$error":3}'::json) as "id", (
                                select (
                                  select row_to_json(r15.*) from (
                                    select c16.description as "description", coalesce(to_json(array(select o17.outlet from (
                                      select distinct trim(o18.outlet) collate "C" as outlet from (
                                        select cc19.source_id, cc19.credited_outlet, bool_or(cc19.credited_outlet is not null) over (partition by cc19.source_id) as credits from citation cc19 where cc19.commitment_id = c16.id
                                      ) c20 join source s21 on s21.id = c20.source_id cross join lateral unnest(case when c20.credited_outlet is not null then string_to_array(c20.credited_outlet, ',') when c20.credits then array[]::text[] else array[coalesce(s21.publisher, s21.author, '“' || s21.title || '”')] end) as o18(outlet)
                                    ) o17 order by 1 limit 100)), '{"$error":4}'::json) as "outlets"
                                  ) r15
                                ) from commitment c16 where c16.id = c14.part_of_id limit 1
                              ) as "partOf"
                            ) r13
                          ) from commitment c14 where c14.id = (
                            select p22.id from commitment p22 where p22.claim_group = c10.claim_group order by p22.claim_preferred desc, p22.id limit 1
                          ) limit 1
                        )), '{"$error":5}'::json) as "preferred"
                      ) r9
                    ) from (
                      select min(c23.id) as id, c23.claim_group from commitment c23 where c23.claim_group is not null group by c23.claim_group
                    ) c10 where c10.claim_group = t6.claim_group limit 1
                  ) as "claims", coalesce(to_json((
                    select (
                      select row_to_json(r24.*) from (
                        select c25.name as "name", (
                          select row_to_json(z26.*) from (
                            select (
                              select count(*) from exclusive_term q27 where q27.holder_id = c25.id
                            ) as "totalCount", ('[' || coalesce(a28.l0, '') || ']')::json as "edges" from (
                              select count(*) as fetched, (array_agg(n29.cursor order by n29.ord) filter (where n29.ord <= ?)) as cursors, string_agg(n29.l0::text, ',' order by n29.ord) filter (where n29.ord <= ?) as l0 from (
                                select row_number() over (order by t30.sort_0, t30.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t30.sort_0::text)]::text[], t30.id) as cursor, (
                                  select row_to_json(r31.*) from (
                                    select dg_cursor(cast(? as text), array[dg_cursor_value(t30.sort_0::text)]::text[], t30.id) as "cursor", null::text as "inForce"
                                  ) r31
                                ) as l0 from (
                                  select q27.*, coalesce(q27.valid_from_earliest, q27.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q27 where (q27.holder_id = c25.id) and ((coalesce(q27.valid_from_earliest, q27.valid_from_latest, 'infinity'::date), q27.id) > (cast(? as date), ?)) order by coalesce(q27.valid_from_earliest, q27.valid_from_latest, 'infinity'::date), q27.id limit ?
                                ) t30
                              ) n29
                            ) a28
                          ) z26
                        ) as "exclusivityHeld", (
                          select (
                            select row_to_json(r32.*) from (
                              select c33.name as "a0", c33.description as "description", c33.slug as "slug", coalesce(to_json(array(select a34.value from organization_alias a34 where a34.organization_id = c33.id and a34.kind = 'TICKER' order by a34.value limit 100)), '{"$error":6}'::json) as "tickers"
                            ) r32
                          ) from organization c33 where c33.id = c25.parent_id limit 1
                        ) as "parent"
                      ) r24
                    ) from organization c25 where c25.id = t6.committer_id limit 1
                  )), '{"$error":7}'::json) as "committer"
                ) r8
              ) as "node"
            ) r7
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) as in_force from commitment q2 join commitment_timing x3 on x3.commitment_id = q2.id where (in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE') and ((coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id) > (cast(? as date), ?)) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: ["2025-11-03",20,20,"DATE:ASC","DATE:ASC",10,2,2,"VALID_FROM:ASC","VALID_FROM:ASC","infinity",2,3,"2025-11-03","2025-11-03","2025-01-21",10,21]
