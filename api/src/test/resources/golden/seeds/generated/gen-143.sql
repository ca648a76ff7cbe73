-- conflicts
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select exists (
            select 1 from (
              select min(c3.id) as id, c3.claim_group from commitment c3 where c3.claim_group is not null group by c3.claim_group having count(distinct (c3.amount, c3.unit, c3.currency, c3.count_of, c3.qualifier, c3.modality, c3.committer_id, c3.recipient_id)) > 1 or exists (select 1 from commitment ca4 join commitment cb5 on cb5.claim_group = ca4.claim_group where ca4.claim_group = c3.claim_group and ca4.date_latest < cb5.date_earliest)
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
                          select distinct trim(o15.outlet) collate "C" as outlet from (
                            select cc16.source_id, cc16.credited_outlet, bool_or(cc16.credited_outlet is not null) over (partition by cc16.source_id) as credits from citation cc16 where cc16.commitment_id = c13.id
                          ) c17 join source s18 on s18.id = c17.source_id cross join lateral unnest(case when c17.credited_outlet is not null then string_to_array(c17.credited_outlet, ',') when c17.credits then array[]::text[] else array[coalesce(s18.publisher, s18.author, '“' || s18.title || '”')] end) as o15(outlet)
                        ) o14 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", (
                          select row_to_json(z19.*) from (
                            select (
                              select count(*) from citation q20 where q20.commitment_id = c13.id
                            ) as "totalCount", (
                              select row_to_json(r21.*) from (
                                select exists (
                                  select 1 from citation q20 where (q20.commitment_id = c13.id) and (not (q20.source_id, q20.start_offset, q20.id) > (cast(? as bigint), cast(? as integer), ?))
                                ) as "hasPreviousPage", a22.cursors[array_length(a22.cursors, 1)] as "endCursor"
                              ) r21
                            ) as "pageInfo", ('[' || coalesce(a22.l0, '') || ']')::json as "edges" from (
                              select count(*) as fetched, (array_agg(n23.cursor order by n23.ord) filter (where n23.ord <= ?)) as cursors, string_agg(n23.l0::text, ',' order by n23.ord) filter (where n23.ord <= ?) as l0 from (
                                select row_number() over (order by t24.sort_0, t24.sort_1, t24.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t24.sort_0::text), dg_cursor_value(t24.sort_1::text)]::text[], t24.id) as cursor, (
                                  select row_to_json(r25.*) from (
                                    select dg_cursor(cast(? as text), array[dg_cursor_value(t24.sort_0::text), dg_cursor_value(t24.sort_1::text)]::text[], t24.id) as "cursor"
                                  ) r25
                                ) as l0 from (
                                  select q20.*, q20.source_id as sort_0, q20.start_offset as sort_1 from citation q20 where (q20.commitment_id = c13.id) and ((q20.source_id, q20.start_offset, q20.id) > (cast(? as bigint), cast(? as integer), ?)) order by q20.source_id, q20.start_offset, q20.id limit ?
                                ) t24
                              ) n23
                            ) a22
                          ) z19
                        ) as "citations", (
                          select (
                            select row_to_json(r26.*) from (
                              select coalesce(to_json(dg_global_id('Deal', c27.slug)), '{"$error":2}'::json) as "id", (case when c27.effective_precision is null then null else (
                                select row_to_json(r28.*) from (
                                  select coalesce(to_json(c27.effective_text), '{"$error":3}'::json) as "text", coalesce(to_json(c27.effective_precision), '{"$error":4}'::json) as "precision", coalesce(to_json(dg_fuzzy_display(c27.effective_earliest, c27.effective_latest, c27.effective_precision)), '{"$error":5}'::json) as "display"
                                ) r28
                              ) end) as "effective"
                            ) r26
                          ) from deal c27 where c27.id = c13.deal_id limit 1
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
              select min(c3.id) as id, c3.claim_group from commitment c3 where c3.claim_group is not null group by c3.claim_group having count(distinct (c3.amount, c3.unit, c3.currency, c3.count_of, c3.qualifier, c3.modality, c3.committer_id, c3.recipient_id)) > 1 or exists (select 1 from commitment ca4 join commitment cb5 on cb5.claim_group = ca4.claim_group where ca4.claim_group = c3.claim_group and ca4.date_latest < cb5.date_earliest)
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
              select min(c7.id) as id, c7.claim_group from commitment c7 where c7.claim_group is not null group by c7.claim_group having count(distinct (c7.amount, c7.unit, c7.currency, c7.count_of, c7.qualifier, c7.modality, c7.committer_id, c7.recipient_id)) > 1 or exists (select 1 from commitment ca8 join commitment cb9 on cb9.claim_group = ca8.claim_group where ca8.claim_group = c7.claim_group and ca8.date_latest < cb9.date_earliest)
            ) q6 where (true) and (((q6.claim_group) collate "C", q6.id) > (cast(? as text) collate "C", ?)) order by (q6.claim_group) collate "C", q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [1,1,"CLAIM_GROUP:ASC","amazon-openai-investment",1,2]
