-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Commitment', t2.slug)), '{"$error":0}'::json) as "id", t2.resource as "resource", coalesce(to_json((coalesce(t2.claim_preferred, false) or t2.claim_group is null)), '{"$error":1}'::json) as "preferred", t2.horizon as "horizon", (
          select (
            select row_to_json(r3.*) from (
              select c4.claim_group as "a0", c4.slug as "slug", (
                select row_to_json(z5.*) from (
                  select (
                    select count(*) from citation q6 where q6.commitment_id = c4.id
                  ) as "totalCount", ('[' || coalesce(a7.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
                      select row_number() over (order by t9.sort_0, t9.sort_1, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text), dg_cursor_value(t9.sort_1::text)]::text[], t9.id) as cursor, (
                        select row_to_json(r10.*) from (
                          select t9.excerpt as "excerpt", t9.credited_outlet as "creditedOutlet", t9.start_offset as "a2", t9.end_offset as "endOffset", coalesce(to_json((
                            select (
                              select row_to_json(r11.*) from (
                                select to_char(c12.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "publishedAt", c12.publisher as "publisher", (
                                  select row_to_json(z13.*) from (
                                    select (
                                      select count(*) from citation q14 where q14.source_id = c12.id
                                    ) as "totalCount" from (
                                      select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors from (
                                        select row_number() over (order by t16.sort_0, t16.sort_1, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text), dg_cursor_value(t16.sort_1::text)]::text[], t16.id) as cursor from (
                                          select q14.*, q14.source_id as sort_0, q14.start_offset as sort_1 from citation q14 where q14.source_id = c12.id order by q14.source_id, q14.start_offset, q14.id limit ?
                                        ) t16
                                      ) n15
                                    ) a17
                                  ) z13
                                ) as "citations"
                              ) r11
                            ) from source c12 where c12.id = t9.source_id limit 1
                          )), '{"$error":2}'::json) as "source"
                        ) r10
                      ) as l0 from (
                        select q6.*, q6.source_id as sort_0, q6.start_offset as sort_1 from citation q6 where q6.commitment_id = c4.id order by q6.source_id, q6.start_offset, q6.id limit ?
                      ) t9
                    ) n8
                  ) a7
                ) z5
              ) as "citations"
            ) r3
          ) from commitment c4 where c4.id = t2.part_of_id limit 1
        ) as "partOf"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: [1,1,"SOURCE_POSITION:ASC",2,"SOURCE_POSITION:ASC",3,2,"commitment-2786-1"]
-- r2
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(coalesce((
          select in_force(cast(? as date), x2.start_earliest, x2.start_latest, x2.start_precision, x2.end_earliest, x2.end_latest, x2.end_precision) from exclusivity_term_timing x2 where x2.term_id = t3.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", coalesce(to_json(t3.status), '{"$error":1}'::json) as "status", (
          select row_to_json(z4.*) from (
            select (
              select row_to_json(r5.*) from (
                select a6.fetched > ? as "hasNextPage", a6.cursors[1] as "startCursor"
              ) r5
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors from (
                select row_number() over (order by t8.sort_0, t8.sort_1, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text), dg_cursor_value(t8.sort_1::text)]::text[], t8.id) as cursor from (
                  select q9.*, q9.source_id as sort_0, q9.start_offset as sort_1 from citation q9 where (q9.exclusivity_term_id = t3.id) and ((q9.source_id, q9.start_offset, q9.id) > (cast(? as bigint), cast(? as integer), ?)) order by q9.source_id, q9.start_offset, q9.id limit ?
                ) t8
              ) n7
            ) a6
          ) z4
        ) as "citations", (
          select (
            select row_to_json(r10.*) from (
              select coalesce(to_json((select count(*)::int from (
                select distinct trim(o11.outlet) collate "C" as outlet from (
                  select cc12.source_id, cc12.credited_outlet, bool_or(cc12.credited_outlet is not null) over (partition by cc12.source_id) as credits from citation cc12 where cc12.event_id = c13.id
                ) c14 join source s15 on s15.id = c14.source_id cross join lateral unnest(case when c14.credited_outlet is not null then string_to_array(c14.credited_outlet, ',') when c14.credits then array[]::text[] else array[coalesce(s15.publisher, s15.author, '“' || s15.title || '”')] end) as o11(outlet)
              ) o16)), '{"$error":2}'::json) as "corroboration", coalesce(to_json(dg_global_id('Event', c13.slug)), '{"$error":3}'::json) as "id"
            ) r10
          ) from event c13 where c13.id = t3.superseded_by_event_id limit 1
        ) as "supersededByEvent"
      ) r1
    ) from exclusive_term t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2015-12-31",1,1,"SOURCE_POSITION:ASC","10000067","1338",255,2,"exclusivity-8671"]
