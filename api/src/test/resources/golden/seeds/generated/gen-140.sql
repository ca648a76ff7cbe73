-- nodes
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Statement'::text as "__typename", coalesce(to_json(dg_global_id('Statement', t2.slug)), '{"$error":0}'::json) as "id"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r3.*) from (
        select 'Commitment'::text as "__typename", coalesce(to_json(dg_global_id('Commitment', t4.slug)), '{"$error":1}'::json) as "id"
      ) r3
    ) from commitment t4 where t4.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r5.*) from (
        select 'ExclusivityTerm'::text as "__typename", coalesce(to_json(dg_global_id('ExclusivityTerm', t6.slug)), '{"$error":2}'::json) as "id", coalesce(to_json(array(select o7.outlet from (
          select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.exclusivity_term_id = t6.id
        ) o7 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", coalesce(to_json(coalesce((
          select in_force(cast(? as date), x11.start_earliest, x11.start_latest, x11.start_precision, x11.end_earliest, x11.end_latest, x11.end_precision) from exclusivity_term_timing x11 where x11.term_id = t6.id
        ), 'UNKNOWN')), '{"$error":4}'::json) as "inForce", (
          select row_to_json(z12.*) from (
            select (
              select count(*) from citation q13 where q13.exclusivity_term_id = t6.id
            ) as "totalCount", ('[' || coalesce(a14.l0, '') || ']')::json as "edges", ('[' || coalesce(a14.l1, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0, string_agg(n15.l1::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l1 from (
                select row_number() over (order by t16.sort_0, t16.sort_1, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text), dg_cursor_value(t16.sort_1::text)]::text[], t16.id) as cursor, (
                  select row_to_json(r17.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text), dg_cursor_value(t16.sort_1::text)]::text[], t16.id) as "cursor", (
                      select row_to_json(r18.*) from (
                        select t16.end_offset as "endOffset", t16.excerpt as "excerpt"
                      ) r18
                    ) as "node"
                  ) r17
                ) as l0, (
                  select row_to_json(r19.*) from (
                    select t16.excerpt as "excerpt", t16.credited_outlet as "creditedOutlet", t16.end_offset as "a2", coalesce(to_json((
                      select (
                        select row_to_json(r20.*) from (
                          select coalesce(to_json(dg_global_id('Source', c21.slug)), '{"$error":5}'::json) as "id", c21.title as "title"
                        ) r20
                      ) from source c21 where c21.id = t16.source_id limit 1
                    )), '{"$error":6}'::json) as "source"
                  ) r19
                ) as l1 from (
                  select q13.*, q13.source_id as sort_0, q13.start_offset as sort_1 from citation q13 where q13.exclusivity_term_id = t6.id order by q13.source_id, q13.start_offset, q13.id limit ?
                ) t16
              ) n15
            ) a14
          ) z12
        ) as "citations"
      ) r5
    ) from exclusivity_term t6 where t6.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r22.*) from (
        select 'Event'::text as "__typename", coalesce(to_json(dg_global_id('Event', t23.slug)), '{"$error":7}'::json) as "id", t23.kind as "kind", (
          select (
            select row_to_json(r24.*) from (
              select c25.slug as "slug", coalesce(to_json(dg_global_id('Deal', c25.slug)), '{"$error":8}'::json) as "id"
            ) r24
          ) from deal c25 where c25.id = t23.deal_id limit 1
        ) as "deal"
      ) r22
    ) from event t23 where t23.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["dresser-remarks-benefits-of-work-with-amazon","stargate-invests-500b-over-four-years","2026-05-01",2,2,2,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",3,"microsoft-sole-cloud-for-third-party-api-products","microsoft-openai-restructuring-2026-04-announced"]
-- organizationByName
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.description as "description"
      ) r1
    ) from organization t2 where lower(t2.name) = lower(?) or exists (select 1 from organization_alias a3 where a3.organization_id = t2.id and lower(a3.value) = lower(?)) order by t2.id limit 1
  )
)::text
-- values: ["Amazon Web Services","Amazon Web Services"]
