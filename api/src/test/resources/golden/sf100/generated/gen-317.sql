-- nodes
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Commitment'::text as "__typename", coalesce(to_json(dg_global_id('Commitment', t2.slug)), '{"$error":0}'::json) as "id"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r3.*) from (
        select 'Statement'::text as "__typename", coalesce(to_json(dg_global_id('Statement', t4.slug)), '{"$error":1}'::json) as "id"
      ) r3
    ) from statement t4 where t4.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["commitment-7859-1","statement-6129"]
-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.author_note as "a0", t2.url as "url", (
          select row_to_json(z3.*) from (
            select ('[' || coalesce(a4.l0, '') || ']')::json as "nodes", (
              select row_to_json(r5.*) from (
                select exists (
                  select 1 from citation q6 where (q6.source_id = t2.id) and (not (q6.source_id, q6.start_offset, q6.id) > (cast(? as bigint), cast(? as integer), ?))
                ) as "hasPreviousPage"
              ) r5
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
                select row_number() over (order by t8.sort_0, t8.sort_1, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text), dg_cursor_value(t8.sort_1::text)]::text[], t8.id) as cursor, (
                  select row_to_json(r9.*) from (
                    select t8.start_offset as "a0", coalesce(to_json((
                      select (
                        select row_to_json(r10.*) from (
                          select c11.slug as "slug", c11.author_note as "authorNote"
                        ) r10
                      ) from source c11 where c11.id = t8.source_id limit 1
                    )), '{"$error":0}'::json) as "source"
                  ) r9
                ) as l0 from (
                  select q6.*, q6.source_id as sort_0, q6.start_offset as sort_1 from citation q6 where (q6.source_id = t2.id) and ((q6.source_id, q6.start_offset, q6.id) > (cast(? as bigint), cast(? as integer), ?)) order by q6.source_id, q6.start_offset, q6.id limit ?
                ) t8
              ) n7
            ) a4
          ) z3
        ) as "citations", (
          select row_to_json(z12.*) from (
            select (
              select count(*) from citation q13 where q13.source_id = t2.id
            ) as "totalCount", ('[' || coalesce(a14.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                select row_number() over (order by t16.sort_0, t16.sort_1, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text), dg_cursor_value(t16.sort_1::text)]::text[], t16.id) as cursor, (
                  select row_to_json(r17.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text), dg_cursor_value(t16.sort_1::text)]::text[], t16.id) as "cursor", (
                      select row_to_json(r18.*) from (
                        select t16.end_offset as "endOffset", t16.start_offset as "startOffset"
                      ) r18
                    ) as "node"
                  ) r17
                ) as l0 from (
                  select q13.*, q13.source_id as sort_0, q13.start_offset as sort_1 from citation q13 where q13.source_id = t2.id order by q13.source_id, q13.start_offset, q13.id limit ?
                ) t16
              ) n15
            ) a14
          ) z12
        ) as "again3"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["10000094","1582",103596,3,3,"SOURCE_POSITION:ASC","10000094","1582",103596,4,2,2,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",3,"generated-article-62"]
-- conflicts
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select min(c2.id) as id, c2.claim_group from commitment c2 where c2.claim_group is not null group by c2.claim_group having count(distinct (c2.amount, c2.unit, c2.currency, c2.count_of, c2.qualifier, c2.modality, c2.committer_id, c2.recipient_id)) > 1 or exists (select 1 from commitment ca3 join commitment cb4 on cb4.claim_group = ca3.claim_group where ca3.claim_group = c2.claim_group and ca3.date_latest < cb4.date_earliest)
        ) q5 where true
      ) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "edges", ('[' || coalesce(a6.l1, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0, string_agg(n7.l1::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l1 from (
          select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
            select row_to_json(r9.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as "cursor", (
                select row_to_json(r10.*) from (
                  select coalesce(to_json(t8.claim_group), '{"$error":0}'::json) as "key"
                ) r10
              ) as "node"
            ) r9
          ) as l0, (
            select row_to_json(r11.*) from (
              select coalesce(to_json(t8.claim_group), '{"$error":1}'::json) as "key", coalesce(to_json((
                select (
                  select row_to_json(r12.*) from (
                    select coalesce(to_json(array(select o13.outlet from (
                      select distinct trim(o14.outlet) collate "C" as outlet from (
                        select cc15.source_id, cc15.credited_outlet, bool_or(cc15.credited_outlet is not null) over (partition by cc15.source_id) as credits from citation cc15 where cc15.commitment_id = c16.id
                      ) c17 join source s18 on s18.id = c17.source_id cross join lateral unnest(case when c17.credited_outlet is not null then string_to_array(c17.credited_outlet, ',') when c17.credits then array[]::text[] else array[coalesce(s18.publisher, s18.author, '“' || s18.title || '”')] end) as o14(outlet)
                    ) o13 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", coalesce(to_json(dg_global_id('Commitment', c16.slug)), '{"$error":3}'::json) as "id", c16.resource as "resource", coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x19.start_earliest, x19.start_latest, x19.start_precision, x19.end_earliest, x19.end_latest, x19.end_precision) from commitment_timing x19 where x19.commitment_id = c16.id
                    ), 'UNKNOWN')), '{"$error":4}'::json) as "inForce", (case when c16.amount is null then null else (
                      select row_to_json(r20.*) from (
                        select coalesce(to_json(dg_quantity_text(c16.amount, c16.unit, c16.currency, c16.count_of, c16.qualifier)), '{"$error":5}'::json) as "text", coalesce(to_json(c16.qualifier), '{"$error":6}'::json) as "qualifier", coalesce(to_json(trim_scale(c16.amount)::text), '{"$error":7}'::json) as "a2"
                      ) r20
                    ) end) as "quantity", (case when c16.date_precision is null then null else (
                      select row_to_json(r21.*) from (
                        select coalesce(to_json(dg_fuzzy_display(c16.date_earliest, c16.date_latest, c16.date_precision)), '{"$error":8}'::json) as "display", c16.date_earliest as "a1", coalesce(to_json(c16.date_precision), '{"$error":9}'::json) as "precision"
                      ) r21
                    ) end) as "date"
                  ) r12
                ) from commitment c16 where c16.id = (
                  select p22.id from commitment p22 where p22.claim_group = t8.claim_group order by p22.claim_preferred desc, p22.id limit 1
                ) limit 1
              )), '{"$error":10}'::json) as "preferred"
            ) r11
          ) as l1 from (
            select q5.*, (q5.claim_group) collate "C" as sort_0 from (
              select min(c2.id) as id, c2.claim_group from commitment c2 where c2.claim_group is not null group by c2.claim_group having count(distinct (c2.amount, c2.unit, c2.currency, c2.count_of, c2.qualifier, c2.modality, c2.committer_id, c2.recipient_id)) > 1 or exists (select 1 from commitment ca3 join commitment cb4 on cb4.claim_group = ca3.claim_group where ca3.claim_group = c2.claim_group and ca3.date_latest < cb4.date_earliest)
            ) q5 where true order by (q5.claim_group) collate "C", q5.id limit ?
          ) t8
        ) n7
      ) a6
    ) z1
  )
)::text
-- values: [2,2,2,"CLAIM_GROUP:ASC","CLAIM_GROUP:ASC","2020-11-18",3]
