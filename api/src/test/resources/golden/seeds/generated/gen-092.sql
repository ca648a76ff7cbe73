-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", t2.name as "name", (
          select row_to_json(z3.*) from (
            select (
              select count(*) from person q4 where q4.organization_id = t2.id
            ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
                select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
                  select row_to_json(r8.*) from (
                    select coalesce(to_json((select count(*)::int from (
                      select distinct trim(o9.outlet) collate "C" as outlet from citation c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o9(outlet) where c10.person_id = t7.id
                    ) o12)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(array(select o13.outlet from (
                      select distinct trim(o14.outlet) collate "C" as outlet from citation c15 join source s16 on s16.id = c15.source_id cross join lateral unnest(case when c15.credited_outlet is not null then string_to_array(c15.credited_outlet, ',') else array[coalesce(s16.publisher, s16.author, '“' || s16.title || '”')] end) as o14(outlet) where c15.person_id = t7.id
                    ) o13 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", (
                      select row_to_json(z17.*) from (
                        select ('[' || coalesce(a18.l0, '') || ']')::json as "edges", (
                          select row_to_json(r19.*) from (
                            select exists (
                              select 1 from citation q20 where (q20.person_id = t7.id) and (not (q20.source_id, q20.start_offset, q20.id) > (cast(? as bigint), cast(? as integer), ?))
                            ) as "hasPreviousPage"
                          ) r19
                        ) as "pageInfo" from (
                          select count(*) as fetched, (array_agg(n21.cursor order by n21.ord) filter (where n21.ord <= ?)) as cursors, string_agg(n21.l0::text, ',' order by n21.ord) filter (where n21.ord <= ?) as l0 from (
                            select row_number() over (order by t22.sort_0, t22.sort_1, t22.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t22.sort_0::text), dg_cursor_value(t22.sort_1::text)]::text[], t22.id) as cursor, (
                              select row_to_json(r23.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t22.sort_0::text), dg_cursor_value(t22.sort_1::text)]::text[], t22.id) as "cursor", (
                                  select row_to_json(r24.*) from (
                                    select t22.credited_outlet as "creditedOutlet", t22.start_offset as "startOffset", t22.end_offset as "endOffset"
                                  ) r24
                                ) as "node"
                              ) r23
                            ) as l0 from (
                              select q20.*, q20.source_id as sort_0, q20.start_offset as sort_1 from citation q20 where (q20.person_id = t7.id) and ((q20.source_id, q20.start_offset, q20.id) > (cast(? as bigint), cast(? as integer), ?)) order by q20.source_id, q20.start_offset, q20.id limit ?
                            ) t22
                          ) n21
                        ) a18
                      ) z17
                    ) as "citations"
                  ) r8
                ) as l0 from (
                  select q4.*, (lower(q4.name)) collate "C" as sort_0 from person q4 where q4.organization_id = t2.id order by (lower(q4.name)) collate "C", q4.id limit ?
                ) t7
              ) n6
            ) a5
          ) z3
        ) as "people", (
          select row_to_json(z25.*) from (
            select ('[' || coalesce(a26.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n27.cursor order by n27.ord) filter (where n27.ord <= ?)) as cursors, string_agg(n27.l0::text, ',' order by n27.ord) filter (where n27.ord <= ?) as l0 from (
                select row_number() over (order by t28.sort_0, t28.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t28.sort_0::text)]::text[], t28.id) as cursor, (
                  select row_to_json(r29.*) from (
                    select coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x30.start_earliest, x30.start_latest, x30.start_precision, x30.end_earliest, x30.end_latest, x30.end_precision) from deal_timing x30 where x30.deal_id = t28.id
                    ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce", t28.summary as "summary", (
                      select row_to_json(z31.*) from (
                        select (
                          select count(*) from commitment q32 where q32.deal_id = t28.id
                        ) as "totalCount", (
                          select row_to_json(r33.*) from (
                            select a34.cursors[array_length(a34.cursors, 1)] as "endCursor"
                          ) r33
                        ) as "pageInfo" from (
                          select count(*) as fetched, (array_agg(n35.cursor order by n35.ord) filter (where n35.ord <= ?)) as cursors from (
                            select row_number() over (order by t36.sort_0, t36.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t36.sort_0::text)]::text[], t36.id) as cursor from (
                              select q32.*, coalesce(q32.date_earliest, q32.date_latest, 'infinity'::date) as sort_0 from commitment q32 where q32.deal_id = t28.id order by coalesce(q32.date_earliest, q32.date_latest, 'infinity'::date), q32.id limit ?
                            ) t36
                          ) n35
                        ) a34
                      ) z31
                    ) as "commitments"
                  ) r29
                ) as l0 from (
                  select q37.*, coalesce(q37.announced_earliest, q37.announced_latest, 'infinity'::date) as sort_0 from deal q37 where (exists (select 1 from deal_party p38 where p38.deal_id = q37.id and p38.organization_id = t2.id)) and ((coalesce(q37.announced_earliest, q37.announced_latest, 'infinity'::date), q37.id) > (cast(? as date), ?)) order by coalesce(q37.announced_earliest, q37.announced_latest, 'infinity'::date), q37.id limit ?
                ) t28
              ) n27
            ) a26
          ) z25
        ) as "deals"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: [2,2,"NAME:ASC","3","1632",7,1,1,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC","3","1632",7,2,3,2,2,"ANNOUNCED:ASC","2027-01-01",3,"DATE:ASC",4,"2026-04-27",7,3,"stargate"]
-- timeline
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(t4.kind), '{"$error":0}'::json) as "kind", coalesce(to_json(t4.title), '{"$error":1}'::json) as "title"
            ) r5
          ) as l0 from (
            select q6.*, coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date) as sort_0 from (
              select (1::bigint << 40) + e7.id as id, 'EVENT' as kind, e7.id as fact_id, e7.title, e7.date_earliest, e7.date_latest, e7.date_precision, e7.date_text, array(select eo8.organization_id from event_organization eo8 where eo8.event_id = e7.id) as organization_ids from event e7 union all select (2::bigint << 40) + d9.id, 'DEAL_ANNOUNCED', d9.id, d9.title, d9.announced_earliest, d9.announced_latest, d9.announced_precision, d9.announced_text, array(select dp10.organization_id from deal_party dp10 where dp10.deal_id = d9.id) from deal d9 where d9.announced_precision is not null union all select (3::bigint << 40) + c11.id, 'COMMITMENT', c11.id, c11.description, c11.date_earliest, c11.date_latest, c11.date_precision, c11.date_text, array_remove(array[c11.committer_id, c11.recipient_id], null) from commitment c11 where c11.date_precision is not null union all select (4::bigint << 40) + s12.id, 'STATEMENT', s12.id, s12.quote, s12.date_earliest, s12.date_latest, s12.date_precision, s12.date_text, array(select coalesce(ss13.organization_id, p14.organization_id) from statement_speaker ss13 left join person p14 on p14.id = ss13.person_id where ss13.statement_id = s12.id) from statement s12 where s12.date_precision is not null union all select (5::bigint << 40) + t15.id, 'TERM_STARTED', t15.id, t15.scope, t15.valid_from_earliest, t15.valid_from_latest, t15.valid_from_precision, t15.valid_from_text, array[t15.grantor_id, t15.holder_id] from exclusivity_term t15 where t15.valid_from_precision is not null union all select (6::bigint << 40) + t15.id, 'TERM_ENDED', t15.id, t15.scope, t15.valid_to_earliest, t15.valid_to_latest, t15.valid_to_precision, t15.valid_to_text, array[t15.grantor_id, t15.holder_id] from exclusivity_term t15 where t15.valid_to_precision is not null
            ) q6 where true order by coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date), q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [1,1,"DATE:ASC",2]
