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
          select distinct trim(o5.outlet) collate "C" as outlet from (
            select cc6.source_id, cc6.credited_outlet, bool_or(cc6.credited_outlet is not null) over (partition by cc6.source_id) as credits from citation cc6 where cc6.deal_id = t2.id
          ) c7 join source s8 on s8.id = c7.source_id cross join lateral unnest(case when c7.credited_outlet is not null then string_to_array(c7.credited_outlet, ',') when c7.credits then array[]::text[] else array[coalesce(s8.publisher, s8.author, '“' || s8.title || '”')] end) as o5(outlet)
        ) o4 order by 1 limit 100)), '{"$error":2}'::json) as "outlets", (
          select row_to_json(z9.*) from (
            select ('[' || coalesce(a10.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors, string_agg(n11.l0::text, ',' order by n11.ord) filter (where n11.ord <= ?) as l0 from (
                select row_number() over (order by t12.sort_0, t12.sort_1, t12.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text), dg_cursor_value(t12.sort_1::text)]::text[], t12.id) as cursor, (
                  select row_to_json(r13.*) from (
                    select t12.excerpt as "excerpt", t12.credited_outlet as "creditedOutlet", coalesce(to_json((
                      select (
                        select row_to_json(r14.*) from (
                          select c15.title as "title"
                        ) r14
                      ) from source c15 where c15.id = t12.source_id limit 1
                    )), '{"$error":3}'::json) as "source"
                  ) r13
                ) as l0 from (
                  select q16.*, q16.source_id as sort_0, q16.start_offset as sort_1 from citation q16 where q16.deal_id = t2.id order by q16.source_id, q16.start_offset, q16.id limit ?
                ) t12
              ) n11
            ) a10
          ) z9
        ) as "citations", (
          select row_to_json(z17.*) from (
            select ('[' || coalesce(a18.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n19.cursor order by n19.ord) filter (where n19.ord <= ?)) as cursors, string_agg(n19.l0::text, ',' order by n19.ord) filter (where n19.ord <= ?) as l0 from (
                select row_number() over (order by t20.sort_0, t20.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t20.sort_0::text)]::text[], t20.id) as cursor, (
                  select row_to_json(r21.*) from (
                    select coalesce(to_json((
                      select (
                        select row_to_json(r22.*) from (
                          select c23.name as "name"
                        ) r22
                      ) from organization c23 where c23.id = t20.organization_id limit 1
                    )), '{"$error":4}'::json) as "organization", t20.role as "role", (
                      select row_to_json(z24.*) from (
                        select ('[' || coalesce(a25.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n26.cursor order by n26.ord) filter (where n26.ord <= ?)) as cursors, string_agg(n26.l0::text, ',' order by n26.ord) filter (where n26.ord <= ?) as l0 from (
                            select row_number() over (order by t27.sort_0, t27.sort_1, t27.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t27.sort_0::text), dg_cursor_value(t27.sort_1::text)]::text[], t27.id) as cursor, (
                              select row_to_json(r28.*) from (
                                select t27.excerpt as "excerpt", coalesce(to_json((
                                  select (
                                    select row_to_json(r29.*) from (
                                      select c30.title as "title"
                                    ) r29
                                  ) from source c30 where c30.id = t27.source_id limit 1
                                )), '{"$error":5}'::json) as "source"
                              ) r28
                            ) as l0 from (
                              select q31.*, q31.source_id as sort_0, q31.start_offset as sort_1 from citation q31 where q31.deal_party_id = t20.id order by q31.source_id, q31.start_offset, q31.id limit ?
                            ) t27
                          ) n26
                        ) a25
                      ) z24
                    ) as "citations"
                  ) r21
                ) as l0 from (
                  select q32.*, (q32.role) collate "C" as sort_0 from deal_party q32 where q32.deal_id = t2.id order by (q32.role) collate "C", q32.id limit ?
                ) t20
              ) n19
            ) a18
          ) z17
        ) as "parties", (
          select row_to_json(z33.*) from (
            select ('[' || coalesce(a34.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n35.cursor order by n35.ord) filter (where n35.ord <= ?)) as cursors, string_agg(n35.l0::text, ',' order by n35.ord) filter (where n35.ord <= ?) as l0 from (
                select row_number() over (order by t36.sort_0, t36.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t36.sort_0::text)]::text[], t36.id) as cursor, (
                  select row_to_json(r37.*) from (
                    select t36.description as "description", (case when t36.amount is null then null else (
                      select row_to_json(r38.*) from (
                        select coalesce(to_json(dg_quantity_text(t36.amount, t36.unit, t36.currency, t36.count_of, t36.qualifier)), '{"$error":6}'::json) as "text"
                      ) r38
                    ) end) as "quantity", t36.amount_text as "amountText", (
                      select row_to_json(z39.*) from (
                        select ('[' || coalesce(a40.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n41.cursor order by n41.ord) filter (where n41.ord <= ?)) as cursors, string_agg(n41.l0::text, ',' order by n41.ord) filter (where n41.ord <= ?) as l0 from (
                            select row_number() over (order by t42.sort_0, t42.sort_1, t42.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t42.sort_0::text), dg_cursor_value(t42.sort_1::text)]::text[], t42.id) as cursor, (
                              select row_to_json(r43.*) from (
                                select t42.excerpt as "excerpt", t42.credited_outlet as "creditedOutlet", coalesce(to_json((
                                  select (
                                    select row_to_json(r44.*) from (
                                      select c45.title as "title"
                                    ) r44
                                  ) from source c45 where c45.id = t42.source_id limit 1
                                )), '{"$error":7}'::json) as "source"
                              ) r43
                            ) as l0 from (
                              select q46.*, q46.source_id as sort_0, q46.start_offset as sort_1 from citation q46 where q46.commitment_id = t36.id order by q46.source_id, q46.start_offset, q46.id limit ?
                            ) t42
                          ) n41
                        ) a40
                      ) z39
                    ) as "citations"
                  ) r37
                ) as l0 from (
                  select q47.*, coalesce(q47.date_earliest, q47.date_latest, 'infinity'::date) as sort_0 from commitment q47 where q47.deal_id = t2.id order by coalesce(q47.date_earliest, q47.date_latest, 'infinity'::date), q47.id limit ?
                ) t36
              ) n35
            ) a34
          ) z33
        ) as "commitments", (
          select row_to_json(z48.*) from (
            select ('[' || coalesce(a49.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n50.cursor order by n50.ord) filter (where n50.ord <= ?)) as cursors, string_agg(n50.l0::text, ',' order by n50.ord) filter (where n50.ord <= ?) as l0 from (
                select row_number() over (order by t51.sort_0, t51.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t51.sort_0::text)]::text[], t51.id) as cursor, (
                  select row_to_json(r52.*) from (
                    select coalesce(to_json(t51.scope), '{"$error":8}'::json) as "scope", coalesce(to_json(t51.status), '{"$error":9}'::json) as "status", coalesce(to_json((
                      select (
                        select row_to_json(r53.*) from (
                          select c54.name as "name"
                        ) r53
                      ) from organization c54 where c54.id = t51.holder_id limit 1
                    )), '{"$error":10}'::json) as "holder", (
                      select row_to_json(z55.*) from (
                        select ('[' || coalesce(a56.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n57.cursor order by n57.ord) filter (where n57.ord <= ?)) as cursors, string_agg(n57.l0::text, ',' order by n57.ord) filter (where n57.ord <= ?) as l0 from (
                            select row_number() over (order by t58.sort_0, t58.sort_1, t58.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t58.sort_0::text), dg_cursor_value(t58.sort_1::text)]::text[], t58.id) as cursor, (
                              select row_to_json(r59.*) from (
                                select t58.excerpt as "excerpt", coalesce(to_json((
                                  select (
                                    select row_to_json(r60.*) from (
                                      select c61.title as "title"
                                    ) r60
                                  ) from source c61 where c61.id = t58.source_id limit 1
                                )), '{"$error":11}'::json) as "source"
                              ) r59
                            ) as l0 from (
                              select q62.*, q62.source_id as sort_0, q62.start_offset as sort_1 from citation q62 where q62.exclusivity_term_id = t51.id order by q62.source_id, q62.start_offset, q62.id limit ?
                            ) t58
                          ) n57
                        ) a56
                      ) z55
                    ) as "citations"
                  ) r52
                ) as l0 from (
                  select q63.*, coalesce(q63.valid_from_earliest, q63.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q63 where q63.deal_id = t2.id order by coalesce(q63.valid_from_earliest, q63.valid_from_latest, 'infinity'::date), q63.id limit ?
                ) t51
              ) n50
            ) a49
          ) z48
        ) as "exclusivityTerms", (
          select row_to_json(z64.*) from (
            select ('[' || coalesce(a65.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n66.cursor order by n66.ord) filter (where n66.ord <= ?)) as cursors, string_agg(n66.l0::text, ',' order by n66.ord) filter (where n66.ord <= ?) as l0 from (
                select row_number() over (order by t67.sort_0 desc, t67.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t67.sort_0::text)]::text[], t67.id) as cursor, (
                  select row_to_json(r68.*) from (
                    select t67.quote as "quote", (
                      select ('[' || coalesce(string_agg((
                        select row_to_json(r69.*) from (
                          select (
                            select (
                              select row_to_json(r70.*) from (
                                select c71.name as "name", c71.role as "role"
                              ) r70
                            ) from person c71 where c71.id = c72.person_id limit 1
                          ) as "person", (
                            select (
                              select row_to_json(r73.*) from (
                                select c74.name as "name"
                              ) r73
                            ) from organization c74 where c74.id = c72.organization_id limit 1
                          ) as "organization"
                        ) r69
                      )::text, ',' order by c72.id), '') || ']')::json from (
                        select c72.* from statement_speaker c72 where c72.statement_id = t67.id order by c72.id limit ?
                      ) c72 where true
                    ) as "speakers", (
                      select row_to_json(z75.*) from (
                        select ('[' || coalesce(a76.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n77.cursor order by n77.ord) filter (where n77.ord <= ?)) as cursors, string_agg(n77.l0::text, ',' order by n77.ord) filter (where n77.ord <= ?) as l0 from (
                            select row_number() over (order by t78.sort_0, t78.sort_1, t78.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t78.sort_0::text), dg_cursor_value(t78.sort_1::text)]::text[], t78.id) as cursor, (
                              select row_to_json(r79.*) from (
                                select t78.excerpt as "excerpt", t78.credited_outlet as "creditedOutlet", coalesce(to_json((
                                  select (
                                    select row_to_json(r80.*) from (
                                      select c81.title as "title"
                                    ) r80
                                  ) from source c81 where c81.id = t78.source_id limit 1
                                )), '{"$error":12}'::json) as "source"
                              ) r79
                            ) as l0 from (
                              select q82.*, q82.source_id as sort_0, q82.start_offset as sort_1 from citation q82 where q82.statement_id = t67.id order by q82.source_id, q82.start_offset, q82.id limit ?
                            ) t78
                          ) n77
                        ) a76
                      ) z75
                    ) as "citations"
                  ) r68
                ) as l0 from (
                  select q83.*, coalesce(q83.date_latest, q83.date_earliest, '-infinity'::date) as sort_0 from statement q83 where q83.deal_id = t2.id order by coalesce(q83.date_latest, q83.date_earliest, '-infinity'::date) desc, q83.id desc limit ?
                ) t67
              ) n66
            ) a65
          ) z64
        ) as "statements", (
          select row_to_json(z84.*) from (
            select ('[' || coalesce(a85.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n86.cursor order by n86.ord) filter (where n86.ord <= ?)) as cursors, string_agg(n86.l0::text, ',' order by n86.ord) filter (where n86.ord <= ?) as l0 from (
                select row_number() over (order by t87.sort_0, t87.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t87.sort_0::text)]::text[], t87.id) as cursor, (
                  select row_to_json(r88.*) from (
                    select t87.title as "title", coalesce(to_json((case when t87.date_precision is null then null else (
                      select row_to_json(r89.*) from (
                        select coalesce(to_json(dg_fuzzy_display(t87.date_earliest, t87.date_latest, t87.date_precision)), '{"$error":13}'::json) as "display"
                      ) r89
                    ) end)), '{"$error":14}'::json) as "date", (
                      select row_to_json(z90.*) from (
                        select ('[' || coalesce(a91.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n92.cursor order by n92.ord) filter (where n92.ord <= ?)) as cursors, string_agg(n92.l0::text, ',' order by n92.ord) filter (where n92.ord <= ?) as l0 from (
                            select row_number() over (order by t93.sort_0, t93.sort_1, t93.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t93.sort_0::text), dg_cursor_value(t93.sort_1::text)]::text[], t93.id) as cursor, (
                              select row_to_json(r94.*) from (
                                select t93.excerpt as "excerpt", coalesce(to_json((
                                  select (
                                    select row_to_json(r95.*) from (
                                      select c96.title as "title"
                                    ) r95
                                  ) from source c96 where c96.id = t93.source_id limit 1
                                )), '{"$error":15}'::json) as "source"
                              ) r94
                            ) as l0 from (
                              select q97.*, q97.source_id as sort_0, q97.start_offset as sort_1 from citation q97 where q97.event_id = t87.id order by q97.source_id, q97.start_offset, q97.id limit ?
                            ) t93
                          ) n92
                        ) a91
                      ) z90
                    ) as "citations"
                  ) r88
                ) as l0 from (
                  select q98.*, coalesce(q98.date_earliest, q98.date_latest, 'infinity'::date) as sort_0 from event q98 where q98.deal_id = t2.id order by coalesce(q98.date_earliest, q98.date_latest, 'infinity'::date), q98.id limit ?
                ) t87
              ) n86
            ) a85
          ) z84
        ) as "events"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: [20,20,"SOURCE_POSITION:ASC",21,20,20,"ROLE:ASC",20,20,"SOURCE_POSITION:ASC",21,21,20,20,"DATE:ASC",20,20,"SOURCE_POSITION:ASC",21,21,20,20,"VALID_FROM:ASC",20,20,"SOURCE_POSITION:ASC",21,21,20,20,"DATE:DESC",10,20,20,"SOURCE_POSITION:ASC",21,21,20,20,"DATE:ASC",20,20,"SOURCE_POSITION:ASC",21,21,"amazon-openai-partnership"]
