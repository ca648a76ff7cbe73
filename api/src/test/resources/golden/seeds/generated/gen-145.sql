-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(coalesce((
          select in_force(cast(? as date), x2.start_earliest, x2.start_latest, x2.start_precision, x2.end_earliest, x2.end_latest, x2.end_precision) from exclusivity_term_timing x2 where x2.term_id = t3.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce", (
          select (
            select row_to_json(r4.*) from (
              select c5.kind as "kind", coalesce(to_json((select count(*)::int from (
                select distinct trim(o6.outlet) collate "C" as outlet from (
                  select cc7.source_id, cc7.credited_outlet, bool_or(cc7.credited_outlet is not null) over (partition by cc7.source_id) as credits from citation cc7 where cc7.event_id = c5.id
                ) c8 join source s9 on s9.id = c8.source_id cross join lateral unnest(case when c8.credited_outlet is not null then string_to_array(c8.credited_outlet, ',') when c8.credits then array[]::text[] else array[coalesce(s9.publisher, s9.author, '“' || s9.title || '”')] end) as o6(outlet)
              ) o10)), '{"$error":1}'::json) as "corroboration", c5.description as "description"
            ) r4
          ) from event c5 where c5.id = t3.superseded_by_event_id limit 1
        ) as "supersededByEvent"
      ) r1
    ) from exclusive_term t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2025-12-30","azure-exclusive-cloud-for-stateless-openai-apis"]
-- r2
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", (
                select row_to_json(r6.*) from (
                  select t4.kind as "kind", coalesce(to_json((select count(*)::int from (
                    select distinct trim(o7.outlet) collate "C" as outlet from (
                      select cc8.source_id, cc8.credited_outlet, bool_or(cc8.credited_outlet is not null) over (partition by cc8.source_id) as credits from citation cc8 where cc8.event_id = t4.id
                    ) c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') when c9.credits then array[]::text[] else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o7(outlet)
                  ) o11)), '{"$error":0}'::json) as "corroboration", t4.title as "title"
                ) r6
              ) as "node"
            ) r5
          ) as l0 from (
            select q12.*, coalesce(q12.date_earliest, q12.date_latest, 'infinity'::date) as sort_0 from event q12 where exists (select 1 from event_organization eo13 where eo13.event_id = q12.id and eo13.organization_id = (
              select s14.id from organization s14 where s14.slug = ?
            )) order by coalesce(q12.date_earliest, q12.date_latest, 'infinity'::date), q12.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [6,6,"DATE:ASC","DATE:ASC","stargate",7]
-- r3
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0 desc, t4.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.channel as "channel", t4.slug as "slug", coalesce(to_json(array(select o6.outlet from (
                select distinct trim(o7.outlet) collate "C" as outlet from (
                  select cc8.source_id, cc8.credited_outlet, bool_or(cc8.credited_outlet is not null) over (partition by cc8.source_id) as credits from citation cc8 where cc8.statement_id = t4.id
                ) c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') when c9.credits then array[]::text[] else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o7(outlet)
              ) o6 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", coalesce(to_json(dg_global_id('Statement', t4.slug)), '{"$error":1}'::json) as "id", (
                select row_to_json(z11.*) from (
                  select (
                    select row_to_json(r12.*) from (
                      select exists (
                        select 1 from citation q13 where (q13.statement_id = t4.id) and (not (q13.source_id, q13.start_offset, q13.id) > (cast(? as bigint), cast(? as integer), ?))
                      ) as "hasPreviousPage"
                    ) r12
                  ) as "pageInfo", ('[' || coalesce(a14.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                      select row_number() over (order by t16.sort_0, t16.sort_1, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text), dg_cursor_value(t16.sort_1::text)]::text[], t16.id) as cursor, (
                        select row_to_json(r17.*) from (
                          select t16.end_offset as "endOffset", t16.start_offset as "startOffset", t16.excerpt as "excerpt", t16.credited_outlet as "creditedOutlet"
                        ) r17
                      ) as l0 from (
                        select q13.*, q13.source_id as sort_0, q13.start_offset as sort_1 from citation q13 where (q13.statement_id = t4.id) and ((q13.source_id, q13.start_offset, q13.id) > (cast(? as bigint), cast(? as integer), ?)) order by q13.source_id, q13.start_offset, q13.id limit ?
                      ) t16
                    ) n15
                  ) a14
                ) z11
              ) as "citations"
            ) r5
          ) as l0 from (
            select q18.*, coalesce(q18.date_latest, q18.date_earliest, '-infinity'::date) as sort_0 from statement q18 where true order by coalesce(q18.date_latest, q18.date_earliest, '-infinity'::date) desc, q18.id desc limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"DATE:DESC","4","3855",15,20,20,"SOURCE_POSITION:ASC","4","3855",15,21,21]
