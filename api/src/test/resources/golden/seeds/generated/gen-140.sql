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
          select distinct trim(o8.outlet) collate "C" as outlet from (
            select cc9.source_id, cc9.credited_outlet, bool_or(cc9.credited_outlet is not null) over (partition by cc9.source_id) as credits from citation cc9 where cc9.exclusivity_term_id = t6.id
          ) c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') when c10.credits then array[]::text[] else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o8(outlet)
        ) o7 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", coalesce(to_json(coalesce((
          select in_force(cast(? as date), x12.start_earliest, x12.start_latest, x12.start_precision, x12.end_earliest, x12.end_latest, x12.end_precision) from exclusivity_term_timing x12 where x12.term_id = t6.id
        ), 'UNKNOWN')), '{"$error":4}'::json) as "inForce", (
          select row_to_json(z13.*) from (
            select (
              select count(*) from citation q14 where q14.exclusivity_term_id = t6.id
            ) as "totalCount", ('[' || coalesce(a15.l0, '') || ']')::json as "edges", ('[' || coalesce(a15.l1, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n16.cursor order by n16.ord) filter (where n16.ord <= ?)) as cursors, string_agg(n16.l0::text, ',' order by n16.ord) filter (where n16.ord <= ?) as l0, string_agg(n16.l1::text, ',' order by n16.ord) filter (where n16.ord <= ?) as l1 from (
                select row_number() over (order by t17.sort_0, t17.sort_1, t17.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t17.sort_0::text), dg_cursor_value(t17.sort_1::text)]::text[], t17.id) as cursor, (
                  select row_to_json(r18.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t17.sort_0::text), dg_cursor_value(t17.sort_1::text)]::text[], t17.id) as "cursor", (
                      select row_to_json(r19.*) from (
                        select t17.end_offset as "endOffset", t17.excerpt as "excerpt"
                      ) r19
                    ) as "node"
                  ) r18
                ) as l0, (
                  select row_to_json(r20.*) from (
                    select t17.excerpt as "excerpt", t17.credited_outlet as "creditedOutlet", t17.end_offset as "a2", coalesce(to_json((
                      select (
                        select row_to_json(r21.*) from (
                          select coalesce(to_json(dg_global_id('Source', c22.slug)), '{"$error":5}'::json) as "id", c22.title as "title"
                        ) r21
                      ) from source c22 where c22.id = t17.source_id limit 1
                    )), '{"$error":6}'::json) as "source"
                  ) r20
                ) as l1 from (
                  select q14.*, q14.source_id as sort_0, q14.start_offset as sort_1 from citation q14 where q14.exclusivity_term_id = t6.id order by q14.source_id, q14.start_offset, q14.id limit ?
                ) t17
              ) n16
            ) a15
          ) z13
        ) as "citations"
      ) r5
    ) from exclusive_term t6 where t6.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r23.*) from (
        select 'Event'::text as "__typename", coalesce(to_json(dg_global_id('Event', t24.slug)), '{"$error":7}'::json) as "id", t24.kind as "kind", (
          select (
            select row_to_json(r25.*) from (
              select c26.slug as "slug", coalesce(to_json(dg_global_id('Deal', c26.slug)), '{"$error":8}'::json) as "id"
            ) r25
          ) from deal c26 where c26.id = t24.deal_id limit 1
        ) as "deal"
      ) r23
    ) from event t24 where t24.slug = ? limit 1
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
