-- conflicts
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select min(c2.id) as id, c2.claim_group from commitment c2 where c2.claim_group is not null group by c2.claim_group having count(distinct (c2.amount, c2.unit, c2.currency, c2.count_of, c2.qualifier, c2.modality, c2.committer_id, c2.recipient_id)) > 1 or exists (select 1 from commitment ca3 join commitment cb4 on cb4.claim_group = ca3.claim_group where ca3.claim_group = c2.claim_group and ca3.date_latest < cb4.date_earliest)
        ) q5 where true
      ) as "totalCount", (
        select row_to_json(r6.*) from (
          select exists (
            select 1 from (
              select min(c2.id) as id, c2.claim_group from commitment c2 where c2.claim_group is not null group by c2.claim_group having count(distinct (c2.amount, c2.unit, c2.currency, c2.count_of, c2.qualifier, c2.modality, c2.committer_id, c2.recipient_id)) > 1 or exists (select 1 from commitment ca3 join commitment cb4 on cb4.claim_group = ca3.claim_group where ca3.claim_group = c2.claim_group and ca3.date_latest < cb4.date_earliest)
            ) q5 where (true) and (not ((q5.claim_group) collate "C", q5.id) > (cast(? as text) collate "C", ?))
          ) as "hasPreviousPage", a7.cursors[array_length(a7.cursors, 1)] as "endCursor", a7.cursors[1] as "startCursor", a7.fetched > ? as "hasNextPage"
        ) r6
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors from (
          select row_number() over (order by t9.sort_0, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor from (
            select q5.*, (q5.claim_group) collate "C" as sort_0 from (
              select min(c2.id) as id, c2.claim_group from commitment c2 where c2.claim_group is not null group by c2.claim_group having count(distinct (c2.amount, c2.unit, c2.currency, c2.count_of, c2.qualifier, c2.modality, c2.committer_id, c2.recipient_id)) > 1 or exists (select 1 from commitment ca3 join commitment cb4 on cb4.claim_group = ca3.claim_group where ca3.claim_group = c2.claim_group and ca3.date_latest < cb4.date_earliest)
            ) q5 where (true) and (((q5.claim_group) collate "C", q5.id) > (cast(? as text) collate "C", ?)) order by (q5.claim_group) collate "C", q5.id limit ?
          ) t9
        ) n8
      ) a7
    ) z1
  )
)::text
-- values: ["amazon-openai-investment",1,4,4,"CLAIM_GROUP:ASC","amazon-openai-investment",1,5]
-- deals
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from deal q2 join deal_timing x3 on x3.deal_id = q2.id where in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE'
      ) as "totalCount", (
        select row_to_json(r4.*) from (
          select a5.cursors[1] as "startCursor", a5.cursors[array_length(a5.cursors, 1)] as "endCursor"
        ) r4
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors from (
          select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor from (
            select q2.*, coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) as in_force from deal q2 join deal_timing x3 on x3.deal_id = q2.id where (in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE') and ((coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id) > (cast(? as date), ?)) order by coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id limit ?
          ) t7
        ) n6
      ) a5
    ) z1
  )
)::text
-- values: ["2026-05-01",3,"ANNOUNCED:ASC","2026-05-01","2026-05-01","infinity",4,4]
-- r3
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from deal q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "edges", ('[' || coalesce(a3.l1, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0, string_agg(n4.l1::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l1 from (
          select row_number() over (order by t5.sort_0 desc, t5.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select null::text as "inForce", dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor"
            ) r6
          ) as l0, (
            select row_to_json(r7.*) from (
              select t5.status as "status", coalesce(to_json((select count(*)::int from (
                select distinct trim(o8.outlet) collate "C" as outlet from (
                  select cc9.source_id, cc9.credited_outlet, bool_or(cc9.credited_outlet is not null) over (partition by cc9.source_id) as credits from citation cc9 where cc9.deal_id = t5.id
                ) c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') when c10.credits then array[]::text[] else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o8(outlet)
              ) o12)), '{"$error":0}'::json) as "corroboration"
            ) r7
          ) as l1 from (
            select q2.*, coalesce(q2.announced_earliest, q2.announced_latest, '-infinity'::date) as sort_0 from deal q2 where true order by coalesce(q2.announced_earliest, q2.announced_latest, '-infinity'::date) desc, q2.id desc limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [1,1,1,"ANNOUNCED:DESC","ANNOUNCED:DESC",2]
