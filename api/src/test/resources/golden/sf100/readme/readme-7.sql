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
                        select coalesce(to_json((case c10.qualifier when 'UP_TO' then 'up to ' when 'AT_LEAST' then 'at least ' when 'ABOUT' then 'about ' when 'MORE_THAN' then 'more than ' else '' end) || trim_scale(c10.amount)::text || ' ' || c10.unit), '{"$error":2}'::json) as "text"
                      ) r11
                    ) end) as "quantity", coalesce(to_json((select count(*)::int from (
                      select distinct trim(o12.outlet) collate "C" as outlet from citation c13 join source s14 on s14.id = c13.source_id cross join lateral unnest(case when c13.credited_outlet is not null then string_to_array(c13.credited_outlet, ',') else array[coalesce(s14.publisher, s14.author, '“' || s14.title || '”')] end) as o12(outlet) where c13.commitment_id = c10.id
                    ) o15)), '{"$error":3}'::json) as "corroboration", coalesce(to_json(array(select o16.outlet from (
                      select distinct trim(o17.outlet) collate "C" as outlet from citation c18 join source s19 on s19.id = c18.source_id cross join lateral unnest(case when c18.credited_outlet is not null then string_to_array(c18.credited_outlet, ',') else array[coalesce(s19.publisher, s19.author, '“' || s19.title || '”')] end) as o17(outlet) where c18.commitment_id = c10.id
                    ) o16 order by 1 limit 100)), '{"$error":4}'::json) as "outlets", (
                      select row_to_json(z20.*) from (
                        select ('[' || coalesce(a21.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n22.cursor order by n22.ord) filter (where n22.ord <= ?)) as cursors, string_agg(n22.l0::text, ',' order by n22.ord) filter (where n22.ord <= ?) as l0 from (
                            select row_number() over (order by t23.sort_0, t23.sort_1, t23.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t23.sort_0::text), dg_cursor_value(t23.sort_1::text)]::text[], t23.id) as cursor, (
                              select row_to_json(r24.*) from (
                                select t23.excerpt as "excerpt"
                              ) r24
                            ) as l0 from (
                              select q25.*, q25.source_id as sort_0, q25.start_offset as sort_1 from citation q25 where q25.commitment_id = c10.id order by q25.source_id, q25.start_offset, q25.id limit ?
                            ) t23
                          ) n22
                        ) a21
                      ) z20
                    ) as "citations"
                  ) r9
                )::text, ',' order by c10.claim_preferred desc, c10.id), '') || ']')::json from (
                  select c10.* from commitment c10 where c10.claim_group = t4.claim_group order by c10.claim_preferred desc, c10.id limit ?
                ) c10 where true
              ) as "claims", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r26.*) from (
                    select coalesce(to_json(c27.attribute), '{"$error":5}'::json) as "attribute", (
                      select ('[' || coalesce(string_agg((
                        select row_to_json(r28.*) from (
                          select coalesce(to_json(c29.value), '{"$error":6}'::json) as "value", coalesce(to_json(c29.preferred), '{"$error":7}'::json) as "preferred", (
                            select ('[' || coalesce(string_agg((
                              select row_to_json(r30.*) from (
                                select c31.slug as "slug"
                              ) r30
                            )::text, ',' order by array_position(c29.claim_ids, c31.id)), '') || ']')::json from (
                              select c31.* from commitment c31 where c31.id = any(c29.claim_ids) order by array_position(c29.claim_ids, c31.id) limit ?
                            ) c31 where true
                          ) as "claims"
                        ) r28
                      )::text, ',' order by c29.value_ord), '') || ']')::json from (
                        select c29.* from claim_value c29 where c29.claim_group = c27.claim_group and c29.attribute = c27.attribute order by c29.value_ord limit ?
                      ) c29 where true
                    ) as "values"
                  ) r26
                )::text, ',' order by c27.attribute_ord), '') || ']')::json from (
                  select c27.* from claim_disagreement c27 where c27.claim_group = t4.claim_group order by c27.attribute_ord limit ?
                ) c27 where true
              ) as "disagreements"
            ) r5
          ) as l0 from (
            select q32.*, (q32.claim_group) collate "C" as sort_0 from (
              select min(c33.id) as id, c33.claim_group from commitment c33 where c33.claim_group is not null group by c33.claim_group having count(distinct (c33.amount, c33.unit, c33.qualifier, c33.modality, c33.committer_id, c33.recipient_id)) > 1 or exists (select 1 from commitment ca34 join commitment cb35 on cb35.claim_group = ca34.claim_group where ca34.claim_group = c33.claim_group and ca34.date_latest < cb35.date_earliest)
            ) q32 where true order by (q32.claim_group) collate "C", q32.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"CLAIM_GROUP:ASC",20,20,"SOURCE_POSITION:ASC",21,10,10,10,7,21]
