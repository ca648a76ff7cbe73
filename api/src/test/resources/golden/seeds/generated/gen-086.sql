-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Event', t2.slug)), '{"$error":0}'::json) as "id", t2.description as "description", t2.kind as "kind", coalesce(to_json(array(select o3.outlet from (
          select distinct trim(o4.outlet) collate "C" as outlet from (
            select cc5.source_id, cc5.credited_outlet, bool_or(cc5.credited_outlet is not null) over (partition by cc5.source_id) as credits from citation cc5 where cc5.event_id = t2.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o4(outlet)
        ) o3 order by 1 limit 100)), '{"$error":1}'::json) as "outlets"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["microsoft-openai-restructuring-2026-04-announced"]
-- conflicts
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges", ('[' || coalesce(a2.l1, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0, string_agg(n3.l1::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l1 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor"
            ) r5
          ) as l0, (
            select row_to_json(r6.*) from (
              select coalesce(to_json(t4.claim_group), '{"$error":0}'::json) as "key"
            ) r6
          ) as l1 from (
            select q7.*, (q7.claim_group) collate "C" as sort_0 from (
              select min(c8.id) as id, c8.claim_group from commitment c8 where c8.claim_group is not null group by c8.claim_group having count(distinct (c8.amount, c8.unit, c8.currency, c8.count_of, c8.qualifier, c8.modality, c8.committer_id, c8.recipient_id)) > 1 or exists (select 1 from commitment ca9 join commitment cb10 on cb10.claim_group = ca9.claim_group where ca9.claim_group = c8.claim_group and ca9.date_latest < cb10.date_earliest)
            ) q7 where true order by (q7.claim_group) collate "C", q7.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [4,4,4,"CLAIM_GROUP:ASC","CLAIM_GROUP:ASC",5]
