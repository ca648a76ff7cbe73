-- r1
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", (
                select row_to_json(r6.*) from (
                  select coalesce(to_json(t4.claim_group), '{"$error":0}'::json) as "key"
                ) r6
              ) as "node"
            ) r5
          ) as l0 from (
            select q7.*, (q7.claim_group) collate "C" as sort_0 from (
              select min(c8.id) as id, c8.claim_group from commitment c8 where c8.claim_group is not null group by c8.claim_group having count(distinct (c8.amount, c8.unit, c8.currency, c8.count_of, c8.qualifier, c8.modality, c8.committer_id, c8.recipient_id)) > 1 or exists (select 1 from commitment ca9 join commitment cb10 on cb10.claim_group = ca9.claim_group where ca9.claim_group = c8.claim_group and ca9.date_latest < cb10.date_earliest)
            ) q7 where true order by (q7.claim_group) collate "C", q7.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [6,6,"CLAIM_GROUP:ASC","CLAIM_GROUP:ASC",7]
-- organizationByName
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", t2.name as "name", coalesce(to_json(dg_global_id('Organization', t2.slug)), '{"$error":0}'::json) as "id", (
          select row_to_json(z3.*) from (
            select (
              select count(*) from event q4 where exists (select 1 from event_organization eo5 where eo5.event_id = q4.id and eo5.organization_id = t2.id)
            ) as "totalCount", (
              select row_to_json(r6.*) from (
                select a7.fetched > ? as "hasNextPage", exists (
                  select 1 from event q4 where (exists (select 1 from event_organization eo5 where eo5.event_id = q4.id and eo5.organization_id = t2.id)) and (not (coalesce(q4.date_earliest, q4.date_latest, 'infinity'::date), q4.id) > (cast(? as date), ?))
                ) as "hasPreviousPage", a7.cursors[array_length(a7.cursors, 1)] as "endCursor", a7.cursors[1] as "startCursor"
              ) r6
            ) as "pageInfo", ('[' || coalesce(a7.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
                select row_number() over (order by t9.sort_0, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor, (
                  select row_to_json(r10.*) from (
                    select coalesce(to_json(dg_global_id('Event', t9.slug)), '{"$error":1}'::json) as "id", t9.kind as "kind", (
                      select row_to_json(z11.*) from (
                        select (
                          select count(*) from citation q12 where q12.event_id = t9.id
                        ) as "totalCount", ('[' || coalesce(a13.l0, '') || ']')::json as "edges", (
                          select row_to_json(r14.*) from (
                            select false as "hasPreviousPage", a13.cursors[1] as "startCursor", a13.cursors[array_length(a13.cursors, 1)] as "endCursor"
                          ) r14
                        ) as "pageInfo" from (
                          select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                            select row_number() over (order by t16.sort_0, t16.sort_1, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text), dg_cursor_value(t16.sort_1::text)]::text[], t16.id) as cursor, (
                              select row_to_json(r17.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text), dg_cursor_value(t16.sort_1::text)]::text[], t16.id) as "cursor", (
                                  select row_to_json(r18.*) from (
                                    select t16.excerpt as "excerpt", t16.end_offset as "endOffset"
                                  ) r18
                                ) as "node"
                              ) r17
                            ) as l0 from (
                              select q12.*, q12.source_id as sort_0, q12.start_offset as sort_1 from citation q12 where q12.event_id = t9.id order by q12.source_id, q12.start_offset, q12.id limit ?
                            ) t16
                          ) n15
                        ) a13
                      ) z11
                    ) as "citations"
                  ) r10
                ) as l0 from (
                  select q4.*, coalesce(q4.date_earliest, q4.date_latest, 'infinity'::date) as sort_0 from event q4 where (exists (select 1 from event_organization eo5 where eo5.event_id = q4.id and eo5.organization_id = t2.id)) and ((coalesce(q4.date_earliest, q4.date_latest, 'infinity'::date), q4.id) > (cast(? as date), ?)) order by coalesce(q4.date_earliest, q4.date_latest, 'infinity'::date), q4.id limit ?
                ) t9
              ) n8
            ) a7
          ) z3
        ) as "events", (
          select row_to_json(z19.*) from (
            select (
              select count(*) from exclusive_term q20 join exclusivity_term_timing x21 on x21.term_id = q20.id where (q20.grantor_id = t2.id) and (in_force(cast(? as date), x21.start_earliest, x21.start_latest, x21.start_precision, x21.end_earliest, x21.end_latest, x21.end_precision) <> 'FALSE')
            ) as "a0", (
              select row_to_json(r22.*) from (
                select a23.cursors[array_length(a23.cursors, 1)] as "endCursor", exists (
                  select 1 from exclusive_term q20 join exclusivity_term_timing x21 on x21.term_id = q20.id where (q20.grantor_id = t2.id) and (in_force(cast(? as date), x21.start_earliest, x21.start_latest, x21.start_precision, x21.end_earliest, x21.end_latest, x21.end_precision) <> 'FALSE') and (not (coalesce(q20.valid_from_earliest, q20.valid_from_latest, 'infinity'::date), q20.id) > (cast(? as date), ?))
                ) as "hasPreviousPage", a23.fetched > ? as "hasNextPage", a23.cursors[1] as "startCursor"
              ) r22
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n24.cursor order by n24.ord) filter (where n24.ord <= ?)) as cursors from (
                select row_number() over (order by t25.sort_0, t25.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t25.sort_0::text)]::text[], t25.id) as cursor from (
                  select q20.*, coalesce(q20.valid_from_earliest, q20.valid_from_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x21.start_earliest, x21.start_latest, x21.start_precision, x21.end_earliest, x21.end_latest, x21.end_precision) as in_force from exclusive_term q20 join exclusivity_term_timing x21 on x21.term_id = q20.id where (q20.grantor_id = t2.id) and (in_force(cast(? as date), x21.start_earliest, x21.start_latest, x21.start_precision, x21.end_earliest, x21.end_latest, x21.end_precision) <> 'FALSE') and ((coalesce(q20.valid_from_earliest, q20.valid_from_latest, 'infinity'::date), q20.id) > (cast(? as date), ?)) order by coalesce(q20.valid_from_earliest, q20.valid_from_latest, 'infinity'::date), q20.id limit ?
                ) t25
              ) n24
            ) a23
          ) z19
        ) as "exclusivityGranted"
      ) r1
    ) from organization t2 where lower(t2.name) = lower(?) or exists (select 1 from organization_alias a26 where a26.organization_id = t2.id and lower(a26.value) = lower(?)) order by t2.id limit 1
  )
)::text
-- values: [2,"2026-04-27",6,2,2,"DATE:ASC",20,20,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",21,"2026-04-27",6,3,"2025-10-31","2025-10-31","infinity",3,2,2,"VALID_FROM:ASC","2025-10-31","2025-10-31","infinity",3,3,"GOOGL","GOOGL"]
