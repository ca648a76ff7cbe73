-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.title as "title", coalesce(to_json(dg_global_id('Event', t2.slug)), '{"$error":0}'::json) as "id", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.event_id = t2.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o3(outlet)
        ) o7)), '{"$error":1}'::json) as "corroboration", (
          select (
            select row_to_json(r8.*) from (
              select c9.kind as "kind", coalesce(to_json(coalesce((
                select in_force(cast(? as date), x10.start_earliest, x10.start_latest, x10.start_precision, x10.end_earliest, x10.end_latest, x10.end_precision) from deal_timing x10 where x10.deal_id = c9.id
              ), 'UNKNOWN')), '{"$error":2}'::json) as "inForce"
            ) r8
          ) from deal c9 where c9.id = t2.deal_id limit 1
        ) as "deal"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2025-01-21","event-8026-1"]
-- node
select (
  (
    select (
      select row_to_json(r1.*) from (
        select 'ExclusivityTerm'::text as "__typename"
      ) r1
    ) from exclusive_term t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["exclusivity-9341"]
-- statements
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges", (
        select row_to_json(r3.*) from (
          select a2.fetched > ? as "hasNextPage"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0 desc, t5.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor"
            ) r6
          ) as l0 from (
            select q7.*, coalesce(q7.date_latest, q7.date_earliest, '-infinity'::date) as sort_0 from statement q7 where q7.deal_id = (
              select s8.id from deal s8 where s8.slug = ?
            ) order by coalesce(q7.date_latest, q7.date_earliest, '-infinity'::date) desc, q7.id desc limit ?
          ) t5
        ) n4
      ) a2
    ) z1
  )
)::text
-- values: [2,2,2,"DATE:DESC","DATE:DESC","falcon-analytics-169-meridian-cloud-744-restructuring-2571",3]
