-- deals
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from deal q2 where (q2.kind = ?) and (exists (select 1 from deal_party p3 where p3.deal_id = q2.id and p3.organization_id = (
          select s4.id from organization s4 where s4.slug = ?
        )))
      ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
          select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
            select row_to_json(r8.*) from (
              select t7.slug as "slug", (
                select row_to_json(z9.*) from (
                  select (
                    select count(*) from deal q10 where q10.parent_id = t7.id
                  ) as "totalCount" from (
                    select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors from (
                      select row_number() over (order by t12.sort_0, t12.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text)]::text[], t12.id) as cursor from (
                        select q10.*, coalesce(q10.announced_earliest, q10.announced_latest, 'infinity'::date) as sort_0 from deal q10 where q10.parent_id = t7.id order by coalesce(q10.announced_earliest, q10.announced_latest, 'infinity'::date), q10.id limit ?
                      ) t12
                    ) n11
                  ) a13
                ) z9
              ) as "subDeals", (
                select row_to_json(z14.*) from (
                  select ('[' || coalesce(a15.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n16.cursor order by n16.ord) filter (where n16.ord <= ?)) as cursors, string_agg(n16.l0::text, ',' order by n16.ord) filter (where n16.ord <= ?) as l0 from (
                      select row_number() over (order by t17.sort_0, t17.sort_1, t17.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t17.sort_0::text), dg_cursor_value(t17.sort_1::text)]::text[], t17.id) as cursor, (
                        select row_to_json(r18.*) from (
                          select t17.excerpt as "excerpt"
                        ) r18
                      ) as l0 from (
                        select q19.*, q19.source_id as sort_0, q19.start_offset as sort_1 from citation q19 where q19.deal_id = t7.id order by q19.source_id, q19.start_offset, q19.id limit ?
                      ) t17
                    ) n16
                  ) a15
                ) z14
              ) as "citations", (
                select row_to_json(z20.*) from (
                  select ('[' || coalesce(a21.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n22.cursor order by n22.ord) filter (where n22.ord <= ?)) as cursors, string_agg(n22.l0::text, ',' order by n22.ord) filter (where n22.ord <= ?) as l0 from (
                      select row_number() over (order by t23.sort_0, t23.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t23.sort_0::text)]::text[], t23.id) as cursor, (
                        select row_to_json(r24.*) from (
                          select t23.role as "role", coalesce(to_json((
                            select (
                              select row_to_json(r25.*) from (
                                select c26.name as "name", coalesce(to_json(array(select a27.value from organization_alias a27 where a27.organization_id = c26.id and a27.kind = 'ALIAS' order by a27.value limit 100)), '{"$error":0}'::json) as "aliases", coalesce(to_json(array(select a28.value from organization_alias a28 where a28.organization_id = c26.id and a28.kind = 'TICKER' order by a28.value limit 100)), '{"$error":1}'::json) as "tickers", (
                                  select ('[' || coalesce(string_agg((
                                    select row_to_json(r29.*) from (
                                      select c30.slug as "slug"
                                    ) r29
                                  )::text, ',' order by c30.name, c30.id), '') || ']')::json from (
                                    select c30.* from organization c30 where c30.parent_id = c26.id order by c30.name, c30.id limit ?
                                  ) c30 where true
                                ) as "units"
                              ) r25
                            ) from organization c26 where c26.id = t23.organization_id limit 1
                          )), '{"$error":2}'::json) as "organization", (
                            select row_to_json(z31.*) from (
                              select ('[' || coalesce(a32.l0, '') || ']')::json as "nodes" from (
                                select count(*) as fetched, (array_agg(n33.cursor order by n33.ord) filter (where n33.ord <= ?)) as cursors, string_agg(n33.l0::text, ',' order by n33.ord) filter (where n33.ord <= ?) as l0 from (
                                  select row_number() over (order by t34.sort_0, t34.sort_1, t34.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t34.sort_0::text), dg_cursor_value(t34.sort_1::text)]::text[], t34.id) as cursor, (
                                    select row_to_json(r35.*) from (
                                      select coalesce(to_json((
                                        select (
                                          select row_to_json(r36.*) from (
                                            select c37.slug as "slug"
                                          ) r36
                                        ) from source c37 where c37.id = t34.source_id limit 1
                                      )), '{"$error":3}'::json) as "source"
                                    ) r35
                                  ) as l0 from (
                                    select q38.*, q38.source_id as sort_0, q38.start_offset as sort_1 from citation q38 where q38.deal_party_id = t23.id order by q38.source_id, q38.start_offset, q38.id limit ?
                                  ) t34
                                ) n33
                              ) a32
                            ) z31
                          ) as "citations"
                        ) r24
                      ) as l0 from (
                        select q39.*, (q39.role) collate "C" as sort_0 from deal_party q39 where q39.deal_id = t7.id order by (q39.role) collate "C", q39.id limit ?
                      ) t23
                    ) n22
                  ) a21
                ) z20
              ) as "parties", (
                select row_to_json(z40.*) from (
                  select ('[' || coalesce(a41.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n42.cursor order by n42.ord) filter (where n42.ord <= ?)) as cursors, string_agg(n42.l0::text, ',' order by n42.ord) filter (where n42.ord <= ?) as l0 from (
                      select row_number() over (order by t43.sort_0, t43.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t43.sort_0::text)]::text[], t43.id) as cursor, (
                        select row_to_json(r44.*) from (
                          select t43.slug as "slug", coalesce(to_json((
                            select (
                              select row_to_json(r45.*) from (
                                select c46.name as "name"
                              ) r45
                            ) from organization c46 where c46.id = t43.committer_id limit 1
                          )), '{"$error":4}'::json) as "committer", (
                            select row_to_json(z47.*) from (
                              select (
                                select count(*) from citation q48 where q48.commitment_id = t43.id
                              ) as "totalCount" from (
                                select count(*) as fetched, (array_agg(n49.cursor order by n49.ord) filter (where n49.ord <= ?)) as cursors from (
                                  select row_number() over (order by t50.sort_0, t50.sort_1, t50.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t50.sort_0::text), dg_cursor_value(t50.sort_1::text)]::text[], t50.id) as cursor from (
                                    select q48.*, q48.source_id as sort_0, q48.start_offset as sort_1 from citation q48 where q48.commitment_id = t43.id order by q48.source_id, q48.start_offset, q48.id limit ?
                                  ) t50
                                ) n49
                              ) a51
                            ) z47
                          ) as "citations"
                        ) r44
                      ) as l0 from (
                        select q52.*, coalesce(q52.date_earliest, q52.date_latest, 'infinity'::date) as sort_0 from commitment q52 where q52.deal_id = t7.id order by coalesce(q52.date_earliest, q52.date_latest, 'infinity'::date), q52.id limit ?
                      ) t43
                    ) n42
                  ) a41
                ) z40
              ) as "commitments", (
                select row_to_json(z53.*) from (
                  select ('[' || coalesce(a54.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n55.cursor order by n55.ord) filter (where n55.ord <= ?)) as cursors, string_agg(n55.l0::text, ',' order by n55.ord) filter (where n55.ord <= ?) as l0 from (
                      select row_number() over (order by t56.sort_0, t56.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t56.sort_0::text)]::text[], t56.id) as cursor, (
                        select row_to_json(r57.*) from (
                          select coalesce(to_json(t56.slug), '{"$error":5}'::json) as "slug", coalesce(to_json((
                            select (
                              select row_to_json(r58.*) from (
                                select c59.name as "name"
                              ) r58
                            ) from organization c59 where c59.id = t56.holder_id limit 1
                          )), '{"$error":6}'::json) as "holder", coalesce(to_json((
                            select (
                              select row_to_json(r60.*) from (
                                select c61.name as "name"
                              ) r60
                            ) from organization c61 where c61.id = t56.grantor_id limit 1
                          )), '{"$error":7}'::json) as "grantor", (
                            select ('[' || coalesce(string_agg((
                              select row_to_json(r62.*) from (
                                select coalesce(to_json(c63.slug), '{"$error":8}'::json) as "slug"
                              ) r62
                            )::text, ',' order by c63.id), '') || ']')::json from (
                              select c63.* from exclusive_term c63 where c63.superseded_by_term_id = t56.id order by c63.id limit ?
                            ) c63 where true
                          ) as "supersedes", (
                            select row_to_json(z64.*) from (
                              select (
                                select count(*) from citation q65 where q65.exclusivity_term_id = t56.id
                              ) as "totalCount" from (
                                select count(*) as fetched, (array_agg(n66.cursor order by n66.ord) filter (where n66.ord <= ?)) as cursors from (
                                  select row_number() over (order by t67.sort_0, t67.sort_1, t67.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t67.sort_0::text), dg_cursor_value(t67.sort_1::text)]::text[], t67.id) as cursor from (
                                    select q65.*, q65.source_id as sort_0, q65.start_offset as sort_1 from citation q65 where q65.exclusivity_term_id = t56.id order by q65.source_id, q65.start_offset, q65.id limit ?
                                  ) t67
                                ) n66
                              ) a68
                            ) z64
                          ) as "citations"
                        ) r57
                      ) as l0 from (
                        select q69.*, coalesce(q69.valid_from_earliest, q69.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q69 where q69.deal_id = t7.id order by coalesce(q69.valid_from_earliest, q69.valid_from_latest, 'infinity'::date), q69.id limit ?
                      ) t56
                    ) n55
                  ) a54
                ) z53
              ) as "exclusivityTerms", (
                select row_to_json(z70.*) from (
                  select ('[' || coalesce(a71.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n72.cursor order by n72.ord) filter (where n72.ord <= ?)) as cursors, string_agg(n72.l0::text, ',' order by n72.ord) filter (where n72.ord <= ?) as l0 from (
                      select row_number() over (order by t73.sort_0 desc, t73.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t73.sort_0::text)]::text[], t73.id) as cursor, (
                        select row_to_json(r74.*) from (
                          select t73.quote as "quote", (
                            select ('[' || coalesce(string_agg((
                              select row_to_json(r75.*) from (
                                select 'Speaker'::text as "__typename"
                              ) r75
                            )::text, ',' order by c76.id), '') || ']')::json from (
                              select c76.* from statement_speaker c76 where c76.statement_id = t73.id order by c76.id limit ?
                            ) c76 where true
                          ) as "speakers", (
                            select row_to_json(z77.*) from (
                              select (
                                select count(*) from citation q78 where q78.statement_id = t73.id
                              ) as "totalCount" from (
                                select count(*) as fetched, (array_agg(n79.cursor order by n79.ord) filter (where n79.ord <= ?)) as cursors from (
                                  select row_number() over (order by t80.sort_0, t80.sort_1, t80.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t80.sort_0::text), dg_cursor_value(t80.sort_1::text)]::text[], t80.id) as cursor from (
                                    select q78.*, q78.source_id as sort_0, q78.start_offset as sort_1 from citation q78 where q78.statement_id = t73.id order by q78.source_id, q78.start_offset, q78.id limit ?
                                  ) t80
                                ) n79
                              ) a81
                            ) z77
                          ) as "citations"
                        ) r74
                      ) as l0 from (
                        select q82.*, coalesce(q82.date_latest, q82.date_earliest, '-infinity'::date) as sort_0 from statement q82 where q82.deal_id = t7.id order by coalesce(q82.date_latest, q82.date_earliest, '-infinity'::date) desc, q82.id desc limit ?
                      ) t73
                    ) n72
                  ) a71
                ) z70
              ) as "statements", (
                select row_to_json(z83.*) from (
                  select ('[' || coalesce(a84.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n85.cursor order by n85.ord) filter (where n85.ord <= ?)) as cursors, string_agg(n85.l0::text, ',' order by n85.ord) filter (where n85.ord <= ?) as l0 from (
                      select row_number() over (order by t86.sort_0, t86.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t86.sort_0::text)]::text[], t86.id) as cursor, (
                        select row_to_json(r87.*) from (
                          select t86.title as "title", (
                            select ('[' || coalesce(string_agg((
                              select row_to_json(r88.*) from (
                                select c89.slug as "slug"
                              ) r88
                            )::text, ',' order by c89.name, c89.id), '') || ']')::json from (
                              select c89.* from organization c89 where exists (select 1 from event_organization eo90 where eo90.event_id = t86.id and eo90.organization_id = c89.id) order by c89.name, c89.id limit ?
                            ) c89 where true
                          ) as "organizations", (
                            select row_to_json(z91.*) from (
                              select (
                                select count(*) from citation q92 where q92.event_id = t86.id
                              ) as "totalCount" from (
                                select count(*) as fetched, (array_agg(n93.cursor order by n93.ord) filter (where n93.ord <= ?)) as cursors from (
                                  select row_number() over (order by t94.sort_0, t94.sort_1, t94.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t94.sort_0::text), dg_cursor_value(t94.sort_1::text)]::text[], t94.id) as cursor from (
                                    select q92.*, q92.source_id as sort_0, q92.start_offset as sort_1 from citation q92 where q92.event_id = t86.id order by q92.source_id, q92.start_offset, q92.id limit ?
                                  ) t94
                                ) n93
                              ) a95
                            ) z91
                          ) as "citations"
                        ) r87
                      ) as l0 from (
                        select q96.*, coalesce(q96.date_earliest, q96.date_latest, 'infinity'::date) as sort_0 from event q96 where q96.deal_id = t7.id order by coalesce(q96.date_earliest, q96.date_latest, 'infinity'::date), q96.id limit ?
                      ) t86
                    ) n85
                  ) a84
                ) z83
              ) as "events"
            ) r8
          ) as l0 from (
            select q2.*, coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date) as sort_0 from deal q2 where (q2.kind = ?) and (exists (select 1 from deal_party p3 where p3.deal_id = q2.id and p3.organization_id = (
              select s4.id from organization s4 where s4.slug = ?
            ))) order by coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id limit ?
          ) t7
        ) n6
      ) a5
    ) z1
  )
)::text
-- values: ["PARTNERSHIP","amazon",1,1,"ANNOUNCED:ASC",5,"ANNOUNCED:ASC",6,5,5,"SOURCE_POSITION:ASC",6,5,5,"ROLE:ASC",50,5,5,"SOURCE_POSITION:ASC",6,6,5,5,"DATE:ASC",5,"SOURCE_POSITION:ASC",6,6,5,5,"VALID_FROM:ASC",10,5,"SOURCE_POSITION:ASC",6,6,5,5,"DATE:DESC",10,5,"SOURCE_POSITION:ASC",6,6,5,5,"DATE:ASC",20,5,"SOURCE_POSITION:ASC",6,6,"PARTNERSHIP","amazon",2]
