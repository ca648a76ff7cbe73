-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.title as "title", t2.kind as "kind", t2.status as "status", t2.summary as "summary", (case when t2.announced_precision is null then null else (
          select row_to_json(r3.*) from (
            select coalesce(to_json(dg_fuzzy_display(t2.announced_earliest, t2.announced_latest, t2.announced_precision)), '{"$error":0}'::json) as "display", coalesce(to_json(t2.announced_text), '{"$error":1}'::json) as "text"
          ) r3
        ) end) as "announced", coalesce(to_json(array(select o4.outlet from (
          select distinct trim(o5.outlet) collate "C" as outlet from citation c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o5(outlet) where c6.deal_id = t2.id
        ) o4 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", (
          select row_to_json(z8.*) from (
            select ('[' || coalesce(a9.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors, string_agg(n10.l0::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l0 from (
                select row_number() over (order by t11.sort_0, t11.sort_1, t11.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text), dg_cursor_value(t11.sort_1::text)]::text[], t11.id) as cursor, (
                  select row_to_json(r12.*) from (
                    select t11.excerpt as "excerpt", t11.credited_outlet as "creditedOutlet", coalesce(to_json((
                      select (
                        select row_to_json(r13.*) from (
                          select c14.title as "title"
                        ) r13
                      ) from source c14 where c14.id = t11.source_id limit 1
                    )), '{"$error":3}'::json) as "source"
                  ) r12
                ) as l0 from (
                  select q15.*, q15.source_id as sort_0, q15.start_offset as sort_1 from citation q15 where q15.deal_id = t2.id order by q15.source_id, q15.start_offset, q15.id limit ?
                ) t11
              ) n10
            ) a9
          ) z8
        ) as "citations", (
          select row_to_json(z16.*) from (
            select ('[' || coalesce(a17.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n18.cursor order by n18.ord) filter (where n18.ord <= ?)) as cursors, string_agg(n18.l0::text, ',' order by n18.ord) filter (where n18.ord <= ?) as l0 from (
                select row_number() over (order by t19.sort_0, t19.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t19.sort_0::text)]::text[], t19.id) as cursor, (
                  select row_to_json(r20.*) from (
                    select coalesce(to_json((
                      select (
                        select row_to_json(r21.*) from (
                          select c22.name as "name"
                        ) r21
                      ) from organization c22 where c22.id = t19.organization_id limit 1
                    )), '{"$error":4}'::json) as "organization", t19.role as "role", (
                      select row_to_json(z23.*) from (
                        select ('[' || coalesce(a24.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n25.cursor order by n25.ord) filter (where n25.ord <= ?)) as cursors, string_agg(n25.l0::text, ',' order by n25.ord) filter (where n25.ord <= ?) as l0 from (
                            select row_number() over (order by t26.sort_0, t26.sort_1, t26.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t26.sort_0::text), dg_cursor_value(t26.sort_1::text)]::text[], t26.id) as cursor, (
                              select row_to_json(r27.*) from (
                                select t26.excerpt as "excerpt", coalesce(to_json((
                                  select (
                                    select row_to_json(r28.*) from (
                                      select c29.title as "title"
                                    ) r28
                                  ) from source c29 where c29.id = t26.source_id limit 1
                                )), '{"$error":5}'::json) as "source"
                              ) r27
                            ) as l0 from (
                              select q30.*, q30.source_id as sort_0, q30.start_offset as sort_1 from citation q30 where q30.deal_party_id = t19.id order by q30.source_id, q30.start_offset, q30.id limit ?
                            ) t26
                          ) n25
                        ) a24
                      ) z23
                    ) as "citations"
                  ) r20
                ) as l0 from (
                  select q31.*, (q31.role) collate "C" as sort_0 from deal_party q31 where q31.deal_id = t2.id order by (q31.role) collate "C", q31.id limit ?
                ) t19
              ) n18
            ) a17
          ) z16
        ) as "parties", (
          select row_to_json(z32.*) from (
            select ('[' || coalesce(a33.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n34.cursor order by n34.ord) filter (where n34.ord <= ?)) as cursors, string_agg(n34.l0::text, ',' order by n34.ord) filter (where n34.ord <= ?) as l0 from (
                select row_number() over (order by t35.sort_0, t35.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t35.sort_0::text)]::text[], t35.id) as cursor, (
                  select row_to_json(r36.*) from (
                    select t35.description as "description", (case when t35.amount is null then null else (
                      select row_to_json(r37.*) from (
                        select coalesce(to_json((case t35.qualifier when 'UP_TO' then 'up to ' when 'AT_LEAST' then 'at least ' when 'ABOUT' then 'about ' when 'MORE_THAN' then 'more than ' else '' end) || trim_scale(t35.amount)::text || ' ' || t35.unit), '{"$error":6}'::json) as "text"
                      ) r37
                    ) end) as "quantity", t35.amount_text as "amountText", (
                      select row_to_json(z38.*) from (
                        select ('[' || coalesce(a39.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n40.cursor order by n40.ord) filter (where n40.ord <= ?)) as cursors, string_agg(n40.l0::text, ',' order by n40.ord) filter (where n40.ord <= ?) as l0 from (
                            select row_number() over (order by t41.sort_0, t41.sort_1, t41.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t41.sort_0::text), dg_cursor_value(t41.sort_1::text)]::text[], t41.id) as cursor, (
                              select row_to_json(r42.*) from (
                                select t41.excerpt as "excerpt", t41.credited_outlet as "creditedOutlet", coalesce(to_json((
                                  select (
                                    select row_to_json(r43.*) from (
                                      select c44.title as "title"
                                    ) r43
                                  ) from source c44 where c44.id = t41.source_id limit 1
                                )), '{"$error":7}'::json) as "source"
                              ) r42
                            ) as l0 from (
                              select q45.*, q45.source_id as sort_0, q45.start_offset as sort_1 from citation q45 where q45.commitment_id = t35.id order by q45.source_id, q45.start_offset, q45.id limit ?
                            ) t41
                          ) n40
                        ) a39
                      ) z38
                    ) as "citations"
                  ) r36
                ) as l0 from (
                  select q46.*, coalesce(q46.date_earliest, q46.date_latest, 'infinity'::date) as sort_0 from commitment q46 where q46.deal_id = t2.id order by coalesce(q46.date_earliest, q46.date_latest, 'infinity'::date), q46.id limit ?
                ) t35
              ) n34
            ) a33
          ) z32
        ) as "commitments", (
          select row_to_json(z47.*) from (
            select ('[' || coalesce(a48.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n49.cursor order by n49.ord) filter (where n49.ord <= ?)) as cursors, string_agg(n49.l0::text, ',' order by n49.ord) filter (where n49.ord <= ?) as l0 from (
                select row_number() over (order by t50.sort_0, t50.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t50.sort_0::text)]::text[], t50.id) as cursor, (
                  select row_to_json(r51.*) from (
                    select t50.scope as "scope", t50.status as "status", coalesce(to_json((
                      select (
                        select row_to_json(r52.*) from (
                          select c53.name as "name"
                        ) r52
                      ) from organization c53 where c53.id = t50.holder_id limit 1
                    )), '{"$error":8}'::json) as "holder", (
                      select row_to_json(z54.*) from (
                        select ('[' || coalesce(a55.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n56.cursor order by n56.ord) filter (where n56.ord <= ?)) as cursors, string_agg(n56.l0::text, ',' order by n56.ord) filter (where n56.ord <= ?) as l0 from (
                            select row_number() over (order by t57.sort_0, t57.sort_1, t57.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t57.sort_0::text), dg_cursor_value(t57.sort_1::text)]::text[], t57.id) as cursor, (
                              select row_to_json(r58.*) from (
                                select t57.excerpt as "excerpt", coalesce(to_json((
                                  select (
                                    select row_to_json(r59.*) from (
                                      select c60.title as "title"
                                    ) r59
                                  ) from source c60 where c60.id = t57.source_id limit 1
                                )), '{"$error":9}'::json) as "source"
                              ) r58
                            ) as l0 from (
                              select q61.*, q61.source_id as sort_0, q61.start_offset as sort_1 from citation q61 where q61.exclusivity_term_id = t50.id order by q61.source_id, q61.start_offset, q61.id limit ?
                            ) t57
                          ) n56
                        ) a55
                      ) z54
                    ) as "citations"
                  ) r51
                ) as l0 from (
                  select q62.*, coalesce(q62.valid_from_earliest, q62.valid_from_latest, 'infinity'::date) as sort_0 from exclusivity_term q62 where q62.deal_id = t2.id order by coalesce(q62.valid_from_earliest, q62.valid_from_latest, 'infinity'::date), q62.id limit ?
                ) t50
              ) n49
            ) a48
          ) z47
        ) as "exclusivityTerms", (
          select row_to_json(z63.*) from (
            select ('[' || coalesce(a64.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n65.cursor order by n65.ord) filter (where n65.ord <= ?)) as cursors, string_agg(n65.l0::text, ',' order by n65.ord) filter (where n65.ord <= ?) as l0 from (
                select row_number() over (order by t66.sort_0 desc, t66.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t66.sort_0::text)]::text[], t66.id) as cursor, (
                  select row_to_json(r67.*) from (
                    select t66.quote as "quote", (
                      select ('[' || coalesce(string_agg((
                        select row_to_json(r68.*) from (
                          select (
                            select (
                              select row_to_json(r69.*) from (
                                select c70.name as "name", c70.role as "role"
                              ) r69
                            ) from person c70 where c70.id = c71.person_id limit 1
                          ) as "person", (
                            select (
                              select row_to_json(r72.*) from (
                                select c73.name as "name"
                              ) r72
                            ) from organization c73 where c73.id = c71.organization_id limit 1
                          ) as "organization"
                        ) r68
                      )::text, ',' order by c71.id), '') || ']')::json from (
                        select c71.* from statement_speaker c71 where c71.statement_id = t66.id order by c71.id limit ?
                      ) c71 where true
                    ) as "speakers", (
                      select row_to_json(z74.*) from (
                        select ('[' || coalesce(a75.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n76.cursor order by n76.ord) filter (where n76.ord <= ?)) as cursors, string_agg(n76.l0::text, ',' order by n76.ord) filter (where n76.ord <= ?) as l0 from (
                            select row_number() over (order by t77.sort_0, t77.sort_1, t77.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t77.sort_0::text), dg_cursor_value(t77.sort_1::text)]::text[], t77.id) as cursor, (
                              select row_to_json(r78.*) from (
                                select t77.excerpt as "excerpt", t77.credited_outlet as "creditedOutlet", coalesce(to_json((
                                  select (
                                    select row_to_json(r79.*) from (
                                      select c80.title as "title"
                                    ) r79
                                  ) from source c80 where c80.id = t77.source_id limit 1
                                )), '{"$error":10}'::json) as "source"
                              ) r78
                            ) as l0 from (
                              select q81.*, q81.source_id as sort_0, q81.start_offset as sort_1 from citation q81 where q81.statement_id = t66.id order by q81.source_id, q81.start_offset, q81.id limit ?
                            ) t77
                          ) n76
                        ) a75
                      ) z74
                    ) as "citations"
                  ) r67
                ) as l0 from (
                  select q82.*, coalesce(q82.date_latest, q82.date_earliest, '-infinity'::date) as sort_0 from statement q82 where q82.deal_id = t2.id order by coalesce(q82.date_latest, q82.date_earliest, '-infinity'::date) desc, q82.id desc limit ?
                ) t66
              ) n65
            ) a64
          ) z63
        ) as "statements", (
          select row_to_json(z83.*) from (
            select ('[' || coalesce(a84.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n85.cursor order by n85.ord) filter (where n85.ord <= ?)) as cursors, string_agg(n85.l0::text, ',' order by n85.ord) filter (where n85.ord <= ?) as l0 from (
                select row_number() over (order by t86.sort_0, t86.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t86.sort_0::text)]::text[], t86.id) as cursor, (
                  select row_to_json(r87.*) from (
                    select t86.title as "title", coalesce(to_json((case when t86.date_precision is null then null else (
                      select row_to_json(r88.*) from (
                        select coalesce(to_json(dg_fuzzy_display(t86.date_earliest, t86.date_latest, t86.date_precision)), '{"$error":11}'::json) as "display"
                      ) r88
                    ) end)), '{"$error":12}'::json) as "date", (
                      select row_to_json(z89.*) from (
                        select ('[' || coalesce(a90.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n91.cursor order by n91.ord) filter (where n91.ord <= ?)) as cursors, string_agg(n91.l0::text, ',' order by n91.ord) filter (where n91.ord <= ?) as l0 from (
                            select row_number() over (order by t92.sort_0, t92.sort_1, t92.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t92.sort_0::text), dg_cursor_value(t92.sort_1::text)]::text[], t92.id) as cursor, (
                              select row_to_json(r93.*) from (
                                select t92.excerpt as "excerpt", coalesce(to_json((
                                  select (
                                    select row_to_json(r94.*) from (
                                      select c95.title as "title"
                                    ) r94
                                  ) from source c95 where c95.id = t92.source_id limit 1
                                )), '{"$error":13}'::json) as "source"
                              ) r93
                            ) as l0 from (
                              select q96.*, q96.source_id as sort_0, q96.start_offset as sort_1 from citation q96 where q96.event_id = t86.id order by q96.source_id, q96.start_offset, q96.id limit ?
                            ) t92
                          ) n91
                        ) a90
                      ) z89
                    ) as "citations"
                  ) r87
                ) as l0 from (
                  select q97.*, coalesce(q97.date_earliest, q97.date_latest, 'infinity'::date) as sort_0 from event q97 where q97.deal_id = t2.id order by coalesce(q97.date_earliest, q97.date_latest, 'infinity'::date), q97.id limit ?
                ) t86
              ) n85
            ) a84
          ) z83
        ) as "events"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: [20,20,"SOURCE_POSITION:ASC",21,20,20,"ROLE:ASC",20,20,"SOURCE_POSITION:ASC",21,21,20,20,"DATE:ASC",20,20,"SOURCE_POSITION:ASC",21,21,20,20,"VALID_FROM:ASC",20,20,"SOURCE_POSITION:ASC",21,21,20,20,"DATE:DESC",10,20,20,"SOURCE_POSITION:ASC",21,21,20,20,"DATE:ASC",20,20,"SOURCE_POSITION:ASC",21,21,"amazon-openai-partnership"]
