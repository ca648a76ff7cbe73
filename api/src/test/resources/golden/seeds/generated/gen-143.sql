-- conflicts
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select exists (
            select 1 from (
              select min(c3.id) as id, c3.claim_group from commitment c3 where c3.claim_group is not null group by c3.claim_group having count(distinct (c3.amount, c3.unit, c3.qualifier, c3.modality, c3.committer_id, c3.recipient_id)) > 1 or exists (select 1 from commitment ca4 join commitment cb5 on cb5.claim_group = ca4.claim_group where ca4.claim_group = c3.claim_group and ca4.date_latest < cb5.date_earliest)
            ) q6 where (true) and (not ((q6.claim_group) collate "C", q6.id) > (cast(? as text) collate "C", ?))
          ) as "a0", a7.cursors[1] as "startCursor"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a7.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
          select row_number() over (order by t9.sort_0, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor, (
            select row_to_json(r10.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as "cursor", (
                select row_to_json(r11.*) from (
                  select coalesce(to_json(t9.claim_group), '{"$error":0}'::json) as "key", (
                    select ('[' || coalesce(string_agg((
                      select row_to_json(r12.*) from (
                        select c13.slug as "slug", coalesce(to_json(array(select o14.outlet from (
                          select distinct trim(o15.outlet) collate "C" as outlet from citation c16 join source s17 on s17.id = c16.source_id cross join lateral unnest(case when c16.credited_outlet is not null then string_to_array(c16.credited_outlet, ',') else array[coalesce(s17.publisher, s17.author, '“' || s17.title || '”')] end) as o15(outlet) where c16.commitment_id = c13.id
                        ) o14 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", (
                          select row_to_json(z18.*) from (
                            select (
                              select count(*) from citation q19 where q19.commitment_id = c13.id
                            ) as "totalCount", (
                              select row_to_json(r20.*) from (
                                select exists (
                                  select 1 from citation q19 where (q19.commitment_id = c13.id) and (not (q19.source_id, q19.start_offset, q19.id) > (cast(? as bigint), cast(? as integer), ?))
                                ) as "hasPreviousPage", a21.cursors[array_length(a21.cursors, 1)] as "endCursor"
                              ) r20
                            ) as "pageInfo", ('[' || coalesce(a21.l0, '') || ']')::json as "edges" from (
                              select count(*) as fetched, (array_agg(n22.cursor order by n22.ord) filter (where n22.ord <= ?)) as cursors, string_agg(n22.l0::text, ',' order by n22.ord) filter (where n22.ord <= ?) as l0 from (
                                select row_number() over (order by t23.sort_0, t23.sort_1, t23.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t23.sort_0::text), dg_cursor_value(t23.sort_1::text)]::text[], t23.id) as cursor, (
                                  select row_to_json(r24.*) from (
                                    select dg_cursor(cast(? as text), array[dg_cursor_value(t23.sort_0::text), dg_cursor_value(t23.sort_1::text)]::text[], t23.id) as "cursor"
                                  ) r24
                                ) as l0 from (
                                  select q19.*, q19.source_id as sort_0, q19.start_offset as sort_1 from citation q19 where (q19.commitment_id = c13.id) and ((q19.source_id, q19.start_offset, q19.id) > (cast(? as bigint), cast(? as integer), ?)) order by q19.source_id, q19.start_offset, q19.id limit ?
                                ) t23
                              ) n22
                            ) a21
                          ) z18
                        ) as "citations", (
                          select (
                            select row_to_json(r25.*) from (
                              select coalesce(to_json(dg_global_id('Deal', c26.slug)), '{"$error":2}'::json) as "id", (case when c26.effective_precision is null then null else (
                                select row_to_json(r27.*) from (
                                  select coalesce(to_json(c26.effective_text), '{"$error":3}'::json) as "text", coalesce(to_json(c26.effective_precision), '{"$error":4}'::json) as "precision", coalesce(to_json(dg_fuzzy_display(c26.effective_earliest, c26.effective_latest, c26.effective_precision)), '{"$error":5}'::json) as "display"
                                ) r27
                              ) end) as "effective"
                            ) r25
                          ) from deal c26 where c26.id = c13.deal_id limit 1
                        ) as "deal"
                      ) r12
                    )::text, ',' order by c13.claim_preferred desc, c13.id), '') || ']')::json from (
                      select c13.* from commitment c13 where c13.claim_group = t9.claim_group order by c13.claim_preferred desc, c13.id limit ?
                    ) c13 where true
                  ) as "claims"
                ) r11
              ) as "node"
            ) r10
          ) as l0 from (
            select q6.*, (q6.claim_group) collate "C" as sort_0 from (
              select min(c3.id) as id, c3.claim_group from commitment c3 where c3.claim_group is not null group by c3.claim_group having count(distinct (c3.amount, c3.unit, c3.qualifier, c3.modality, c3.committer_id, c3.recipient_id)) > 1 or exists (select 1 from commitment ca4 join commitment cb5 on cb5.claim_group = ca4.claim_group where ca4.claim_group = c3.claim_group and ca4.date_latest < cb5.date_earliest)
            ) q6 where (true) and (((q6.claim_group) collate "C", q6.id) > (cast(? as text) collate "C", ?)) order by (q6.claim_group) collate "C", q6.id limit ?
          ) t9
        ) n8
      ) a7
    ) z1
  )
)::text
-- values: ["amazon-openai-investment",1,3,3,"CLAIM_GROUP:ASC","CLAIM_GROUP:ASC","5","466",71,3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC","5","466",71,4,10,"amazon-openai-investment",1,4]
-- r2
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(t4.claim_group), '{"$error":0}'::json) as "key"
            ) r5
          ) as l0 from (
            select q6.*, (q6.claim_group) collate "C" as sort_0 from (
              select min(c7.id) as id, c7.claim_group from commitment c7 where c7.claim_group is not null group by c7.claim_group having count(distinct (c7.amount, c7.unit, c7.qualifier, c7.modality, c7.committer_id, c7.recipient_id)) > 1 or exists (select 1 from commitment ca8 join commitment cb9 on cb9.claim_group = ca8.claim_group where ca8.claim_group = c7.claim_group and ca8.date_latest < cb9.date_earliest)
            ) q6 where (true) and (((q6.claim_group) collate "C", q6.id) > (cast(? as text) collate "C", ?)) order by (q6.claim_group) collate "C", q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [1,1,"CLAIM_GROUP:ASC","amazon-openai-investment",1,2]
