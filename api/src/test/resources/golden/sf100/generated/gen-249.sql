-- node
select (
  (
    select (
      select row_to_json(r1.*) from (
        select 'Event'::text as "__typename", coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from (
            select cc3.source_id, cc3.credited_outlet, bool_or(cc3.credited_outlet is not null) over (partition by cc3.source_id) as credits from citation cc3 where cc3.event_id = t4.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o2(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", t4.title as "a1", t4.description as "description", coalesce(to_json(dg_global_id('Event', t4.slug)), '{"$error":1}'::json) as "id"
      ) r1
    ) from event t4 where t4.slug = ? limit 1
  )
)::text
-- values: ["event-5744-1"]
-- r2
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from source q2 where true
      ) as "a0", ('[' || coalesce(a3.l0, '') || ']')::json as "edges", (
        select row_to_json(r4.*) from (
          select a3.cursors[1] as "startCursor"
        ) r4
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as "cursor", (
                select row_to_json(r8.*) from (
                  select t6.slug as "slug", t6.author_note as "authorNote", t6.title as "title", (
                    select row_to_json(z9.*) from (
                      select (
                        select count(*) from citation q10 where q10.source_id = t6.id
                      ) as "totalCount", ('[' || coalesce(a11.l0, '') || ']')::json as "nodes" from (
                        select count(*) as fetched, (array_agg(n12.cursor order by n12.ord) filter (where n12.ord <= ?)) as cursors, string_agg(n12.l0::text, ',' order by n12.ord) filter (where n12.ord <= ?) as l0 from (
                          select row_number() over (order by t13.sort_0, t13.sort_1, t13.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t13.sort_0::text), dg_cursor_value(t13.sort_1::text)]::text[], t13.id) as cursor, (
                            select row_to_json(r14.*) from (
                              select t13.start_offset as "startOffset", t13.excerpt as "excerpt"
                            ) r14
                          ) as l0 from (
                            select q10.*, q10.source_id as sort_0, q10.start_offset as sort_1 from citation q10 where (q10.source_id = t6.id) and ((q10.source_id, q10.start_offset, q10.id) > (cast(? as bigint), cast(? as integer), ?)) order by q10.source_id, q10.start_offset, q10.id limit ?
                          ) t13
                        ) n12
                      ) a11
                    ) z9
                  ) as "citations"
                ) r8
              ) as "node"
            ) r7
          ) as l0 from (
            select q2.*, coalesce(q2.published_earliest, q2.published_latest, 'infinity'::date) as sort_0 from source q2 where true order by coalesce(q2.published_earliest, q2.published_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a3
    ) z1
  )
)::text
-- values: [3,3,"PUBLISHED:ASC","PUBLISHED:ASC",3,3,"SOURCE_POSITION:ASC","10000083","1008",3057,4,4]
-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Statement', t2.slug)), '{"$error":0}'::json) as "id", t2.quote as "quote", t2.slug as "slug", coalesce(to_json(array(select o3.outlet from (
          select distinct trim(o4.outlet) collate "C" as outlet from (
            select cc5.source_id, cc5.credited_outlet, bool_or(cc5.credited_outlet is not null) over (partition by cc5.source_id) as credits from citation cc5 where cc5.statement_id = t2.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o4(outlet)
        ) o3 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", (
          select (
            select row_to_json(r8.*) from (
              select coalesce(to_json(coalesce((
                select in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) from deal_timing x9 where x9.deal_id = c10.id
              ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce"
            ) r8
          ) from deal c10 where c10.id = t2.deal_id limit 1
        ) as "deal"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2025-01-21","statement-1578"]
