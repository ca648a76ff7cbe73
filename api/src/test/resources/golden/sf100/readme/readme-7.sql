-- conflicts
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(t4.claim_group), '{"$error":0}'::json) as "key", coalesce(to_json((
                select (
                  select row_to_json(r6.*) from (
                    select c7.description as "description"
                  ) r6
                ) from commitment c7 where c7.id = (
                  select p8.id from commitment p8 where p8.claim_group = t4.claim_group order by p8.claim_preferred desc, p8.id limit 1
                ) limit 1
              )), '{"$error":1}'::json) as "preferred", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r9.*) from (
                    select c10.description as "description", (case when c10.amount is null then null else (
                      select row_to_json(r11.*) from (
                        select coalesce(to_json(dg_quantity_text(c10.amount, c10.unit, c10.currency, c10.count_of, c10.qualifier)), '{"$error":2}'::json) as "text"
                      ) r11
                    ) end) as "quantity", coalesce(to_json((select count(*)::int from (
                      select distinct trim(o12.outlet) collate "C" as outlet from (
                        select cc13.source_id, cc13.credited_outlet, bool_or(cc13.credited_outlet is not null) over (partition by cc13.source_id) as credits from citation cc13 where cc13.commitment_id = c10.id
                      ) c14 join source s15 on s15.id = c14.source_id cross join lateral unnest(case when c14.credited_outlet is not null then string_to_array(c14.credited_outlet, ',') when c14.credits then array[]::text[] else array[coalesce(s15.publisher, s15.author, '“' || s15.title || '”')] end) as o12(outlet)
                    ) o16)), '{"$error":3}'::json) as "corroboration", coalesce(to_json(array(select o17.outlet from (
                      select distinct trim(o18.outlet) collate "C" as outlet from (
                        select cc19.source_id, cc19.credited_outlet, bool_or(cc19.credited_outlet is not null) over (partition by cc19.source_id) as credits from citation cc19 where cc19.commitment_id = c10.id
                      ) c20 join source s21 on s21.id = c20.source_id cross join lateral unnest(case when c20.credited_outlet is not null then string_to_array(c20.credited_outlet, ',') when c20.credits then array[]::text[] else array[coalesce(s21.publisher, s21.author, '“' || s21.title || '”')] end) as o18(outlet)
                    ) o17 order by 1 limit 100)), '{"$error":4}'::json) as "outlets", (
                      select row_to_json(z22.*) from (
                        select ('[' || coalesce(a23.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n24.cursor order by n24.ord) filter (where n24.ord <= ?)) as cursors, string_agg(n24.l0::text, ',' order by n24.ord) filter (where n24.ord <= ?) as l0 from (
                            select row_number() over (order by t25.sort_0, t25.sort_1, t25.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t25.sort_0::text), dg_cursor_value(t25.sort_1::text)]::text[], t25.id) as cursor, (
                              select row_to_json(r26.*) from (
                                select t25.excerpt as "excerpt"
                              ) r26
                            ) as l0 from (
                              select q27.*, q27.source_id as sort_0, q27.start_offset as sort_1 from citation q27 where q27.commitment_id = c10.id order by q27.source_id, q27.start_offset, q27.id limit ?
                            ) t25
                          ) n24
                        ) a23
                      ) z22
                    ) as "citations"
                  ) r9
                )::text, ',' order by c10.claim_preferred desc, c10.id), '') || ']')::json from (
                  select c10.* from commitment c10 where c10.claim_group = t4.claim_group order by c10.claim_preferred desc, c10.id limit ?
                ) c10 where true
              ) as "claims", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r28.*) from (
                    select coalesce(to_json(c29.attribute), '{"$error":5}'::json) as "attribute", (
                      select ('[' || coalesce(string_agg((
                        select row_to_json(r30.*) from (
                          select coalesce(to_json(c31.value), '{"$error":6}'::json) as "value", coalesce(to_json(c31.preferred), '{"$error":7}'::json) as "preferred", (
                            select ('[' || coalesce(string_agg((
                              select row_to_json(r32.*) from (
                                select c33.slug as "slug"
                              ) r32
                            )::text, ',' order by array_position(c31.claim_ids, c33.id)), '') || ']')::json from (
                              select c33.* from commitment c33 where c33.id = any(c31.claim_ids) order by array_position(c31.claim_ids, c33.id) limit ?
                            ) c33 where true
                          ) as "claims"
                        ) r30
                      )::text, ',' order by c31.value_ord), '') || ']')::json from (
                        select c31.* from claim_value c31 where c31.claim_group = c29.claim_group and c31.attribute = c29.attribute order by c31.value_ord limit ?
                      ) c31 where true
                    ) as "values"
                  ) r28
                )::text, ',' order by c29.attribute_ord), '') || ']')::json from (
                  select c29.* from claim_disagreement c29 where c29.claim_group = t4.claim_group order by c29.attribute_ord limit ?
                ) c29 where true
              ) as "disagreements"
            ) r5
          ) as l0 from (
            select q34.*, (q34.claim_group) collate "C" as sort_0 from (
              select min(c35.id) as id, c35.claim_group from commitment c35 where c35.claim_group is not null group by c35.claim_group having count(distinct (c35.amount, c35.unit, c35.currency, c35.count_of, c35.qualifier, c35.modality, c35.committer_id, c35.recipient_id)) > 1 or exists (select 1 from commitment ca36 join commitment cb37 on cb37.claim_group = ca36.claim_group where ca36.claim_group = c35.claim_group and ca36.date_latest < cb37.date_earliest)
            ) q34 where true order by (q34.claim_group) collate "C", q34.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"CLAIM_GROUP:ASC",20,20,"SOURCE_POSITION:ASC",21,10,10,10,7,21]
