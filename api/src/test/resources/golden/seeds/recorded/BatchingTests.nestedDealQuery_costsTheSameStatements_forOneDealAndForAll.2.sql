-- deals
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from deal q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select t5.slug as "slug", (
                select row_to_json(z7.*) from (
                  select (
                    select count(*) from deal q8 where q8.parent_id = t5.id
                  ) as "totalCount" from (
                    select count(*) as fetched, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors from (
                      select row_number() over (order by t10.sort_0, t10.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text)]::text[], t10.id) as cursor from (
                        select q8.*, coalesce(q8.announced_earliest, q8.announced_latest, 'infinity'::date) as sort_0 from deal q8 where q8.parent_id = t5.id order by coalesce(q8.announced_earliest, q8.announced_latest, 'infinity'::date), q8.id limit ?
                      ) t10
                    ) n9
                  ) a11
                ) z7
              ) as "subDeals", (
                select row_to_json(z12.*) from (
                  select ('[' || coalesce(a13.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors, string_agg(n14.l0::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l0 from (
                      select row_number() over (order by t15.sort_0, t15.sort_1, t15.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text), dg_cursor_value(t15.sort_1::text)]::text[], t15.id) as cursor, (
                        select row_to_json(r16.*) from (
                          select t15.excerpt as "excerpt"
                        ) r16
                      ) as l0 from (
                        select q17.*, q17.source_id as sort_0, q17.start_offset as sort_1 from citation q17 where q17.deal_id = t5.id order by q17.source_id, q17.start_offset, q17.id limit ?
                      ) t15
                    ) n14
                  ) a13
                ) z12
              ) as "citations", (
                select row_to_json(z18.*) from (
                  select ('[' || coalesce(a19.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n20.cursor order by n20.ord) filter (where n20.ord <= ?)) as cursors, string_agg(n20.l0::text, ',' order by n20.ord) filter (where n20.ord <= ?) as l0 from (
                      select row_number() over (order by t21.sort_0, t21.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t21.sort_0::text)]::text[], t21.id) as cursor, (
                        select row_to_json(r22.*) from (
                          select t21.role as "role", coalesce(to_json((
                            select (
                              select row_to_json(r23.*) from (
                                select c24.name as "name", coalesce(to_json(array(select a25.value from organization_alias a25 where a25.organization_id = c24.id and a25.kind = 'ALIAS' order by a25.value limit 100)), '{"$error":0}'::json) as "aliases", coalesce(to_json(array(select a26.value from organization_alias a26 where a26.organization_id = c24.id and a26.kind = 'TICKER' order by a26.value limit 100)), '{"$error":1}'::json) as "tickers", (
                                  select ('[' || coalesce(string_agg((
                                    select row_to_json(r27.*) from (
                                      select c28.slug as "slug"
                                    ) r27
                                  )::text, ',' order by c28.name, c28.id), '') || ']')::json from (
                                    select c28.* from organization c28 where c28.parent_id = c24.id order by c28.name, c28.id limit ?
                                  ) c28 where true
                                ) as "units"
                              ) r23
                            ) from organization c24 where c24.id = t21.organization_id limit 1
                          )), '{"$error":2}'::json) as "organization", (
                            select row_to_json(z29.*) from (
                              select ('[' || coalesce(a30.l0, '') || ']')::json as "nodes" from (
                                select count(*) as fetched, (array_agg(n31.cursor order by n31.ord) filter (where n31.ord <= ?)) as cursors, string_agg(n31.l0::text, ',' order by n31.ord) filter (where n31.ord <= ?) as l0 from (
                                  select row_number() over (order by t32.sort_0, t32.sort_1, t32.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t32.sort_0::text), dg_cursor_value(t32.sort_1::text)]::text[], t32.id) as cursor, (
                                    select row_to_json(r33.*) from (
                                      select coalesce(to_json((
                                        select (
                                          select row_to_json(r34.*) from (
                                            select c35.slug as "slug"
                                          ) r34
                                        ) from source c35 where c35.id = t32.source_id limit 1
                                      )), '{"$error":3}'::json) as "source"
                                    ) r33
                                  ) as l0 from (
                                    select q36.*, q36.source_id as sort_0, q36.start_offset as sort_1 from citation q36 where q36.deal_party_id = t21.id order by q36.source_id, q36.start_offset, q36.id limit ?
                                  ) t32
                                ) n31
                              ) a30
                            ) z29
                          ) as "citations"
                        ) r22
                      ) as l0 from (
                        select q37.*, (q37.role) collate "C" as sort_0 from deal_party q37 where q37.deal_id = t5.id order by (q37.role) collate "C", q37.id limit ?
                      ) t21
                    ) n20
                  ) a19
                ) z18
              ) as "parties", (
                select row_to_json(z38.*) from (
                  select ('[' || coalesce(a39.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n40.cursor order by n40.ord) filter (where n40.ord <= ?)) as cursors, string_agg(n40.l0::text, ',' order by n40.ord) filter (where n40.ord <= ?) as l0 from (
                      select row_number() over (order by t41.sort_0, t41.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t41.sort_0::text)]::text[], t41.id) as cursor, (
                        select row_to_json(r42.*) from (
                          select t41.slug as "slug", coalesce(to_json((
                            select (
                              select row_to_json(r43.*) from (
                                select c44.name as "name"
                              ) r43
                            ) from organization c44 where c44.id = t41.committer_id limit 1
                          )), '{"$error":4}'::json) as "committer", (
                            select row_to_json(z45.*) from (
                              select (
                                select count(*) from citation q46 where q46.commitment_id = t41.id
                              ) as "totalCount" from (
                                select count(*) as fetched, (array_agg(n47.cursor order by n47.ord) filter (where n47.ord <= ?)) as cursors from (
                                  select row_number() over (order by t48.sort_0, t48.sort_1, t48.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t48.sort_0::text), dg_cursor_value(t48.sort_1::text)]::text[], t48.id) as cursor from (
                                    select q46.*, q46.source_id as sort_0, q46.start_offset as sort_1 from citation q46 where q46.commitment_id = t41.id order by q46.source_id, q46.start_offset, q46.id limit ?
                                  ) t48
                                ) n47
                              ) a49
                            ) z45
                          ) as "citations"
                        ) r42
                      ) as l0 from (
                        select q50.*, coalesce(q50.date_earliest, q50.date_latest, 'infinity'::date) as sort_0 from commitment q50 where q50.deal_id = t5.id order by coalesce(q50.date_earliest, q50.date_latest, 'infinity'::date), q50.id limit ?
                      ) t41
                    ) n40
                  ) a39
                ) z38
              ) as "commitments", (
                select row_to_json(z51.*) from (
                  select ('[' || coalesce(a52.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n53.cursor order by n53.ord) filter (where n53.ord <= ?)) as cursors, string_agg(n53.l0::text, ',' order by n53.ord) filter (where n53.ord <= ?) as l0 from (
                      select row_number() over (order by t54.sort_0, t54.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t54.sort_0::text)]::text[], t54.id) as cursor, (
                        select row_to_json(r55.*) from (
                          select coalesce(to_json(t54.slug), '{"$error":5}'::json) as "slug", coalesce(to_json((
                            select (
                              select row_to_json(r56.*) from (
                                select c57.name as "name"
                              ) r56
                            ) from organization c57 where c57.id = t54.holder_id limit 1
                          )), '{"$error":6}'::json) as "holder", coalesce(to_json((
                            select (
                              select row_to_json(r58.*) from (
                                select c59.name as "name"
                              ) r58
                            ) from organization c59 where c59.id = t54.grantor_id limit 1
                          )), '{"$error":7}'::json) as "grantor", (
                            select ('[' || coalesce(string_agg((
                              select row_to_json(r60.*) from (
                                select coalesce(to_json(c61.slug), '{"$error":8}'::json) as "slug"
                              ) r60
                            )::text, ',' order by c61.id), '') || ']')::json from (
                              select c61.* from exclusive_term c61 where c61.superseded_by_term_id = t54.id order by c61.id limit ?
                            ) c61 where true
                          ) as "supersedes", (
                            select row_to_json(z62.*) from (
                              select (
                                select count(*) from citation q63 where q63.exclusivity_term_id = t54.id
                              ) as "totalCount" from (
                                select count(*) as fetched, (array_agg(n64.cursor order by n64.ord) filter (where n64.ord <= ?)) as cursors from (
                                  select row_number() over (order by t65.sort_0, t65.sort_1, t65.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t65.sort_0::text), dg_cursor_value(t65.sort_1::text)]::text[], t65.id) as cursor from (
                                    select q63.*, q63.source_id as sort_0, q63.start_offset as sort_1 from citation q63 where q63.exclusivity_term_id = t54.id order by q63.source_id, q63.start_offset, q63.id limit ?
                                  ) t65
                                ) n64
                              ) a66
                            ) z62
                          ) as "citations"
                        ) r55
                      ) as l0 from (
                        select q67.*, coalesce(q67.valid_from_earliest, q67.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q67 where q67.deal_id = t5.id order by coalesce(q67.valid_from_earliest, q67.valid_from_latest, 'infinity'::date), q67.id limit ?
                      ) t54
                    ) n53
                  ) a52
                ) z51
              ) as "exclusivityTerms", (
                select row_to_json(z68.*) from (
                  select ('[' || coalesce(a69.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n70.cursor order by n70.ord) filter (where n70.ord <= ?)) as cursors, string_agg(n70.l0::text, ',' order by n70.ord) filter (where n70.ord <= ?) as l0 from (
                      select row_number() over (order by t71.sort_0 desc, t71.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t71.sort_0::text)]::text[], t71.id) as cursor, (
                        select row_to_json(r72.*) from (
                          select t71.quote as "quote", (
                            select ('[' || coalesce(string_agg((
                              select row_to_json(r73.*) from (
                                select 'Speaker'::text as "__typename"
                              ) r73
                            )::text, ',' order by c74.id), '') || ']')::json from (
                              select c74.* from statement_speaker c74 where c74.statement_id = t71.id order by c74.id limit ?
                            ) c74 where true
                          ) as "speakers", (
                            select row_to_json(z75.*) from (
                              select (
                                select count(*) from citation q76 where q76.statement_id = t71.id
                              ) as "totalCount" from (
                                select count(*) as fetched, (array_agg(n77.cursor order by n77.ord) filter (where n77.ord <= ?)) as cursors from (
                                  select row_number() over (order by t78.sort_0, t78.sort_1, t78.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t78.sort_0::text), dg_cursor_value(t78.sort_1::text)]::text[], t78.id) as cursor from (
                                    select q76.*, q76.source_id as sort_0, q76.start_offset as sort_1 from citation q76 where q76.statement_id = t71.id order by q76.source_id, q76.start_offset, q76.id limit ?
                                  ) t78
                                ) n77
                              ) a79
                            ) z75
                          ) as "citations"
                        ) r72
                      ) as l0 from (
                        select q80.*, coalesce(q80.date_latest, q80.date_earliest, '-infinity'::date) as sort_0 from statement q80 where q80.deal_id = t5.id order by coalesce(q80.date_latest, q80.date_earliest, '-infinity'::date) desc, q80.id desc limit ?
                      ) t71
                    ) n70
                  ) a69
                ) z68
              ) as "statements", (
                select row_to_json(z81.*) from (
                  select ('[' || coalesce(a82.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n83.cursor order by n83.ord) filter (where n83.ord <= ?)) as cursors, string_agg(n83.l0::text, ',' order by n83.ord) filter (where n83.ord <= ?) as l0 from (
                      select row_number() over (order by t84.sort_0, t84.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t84.sort_0::text)]::text[], t84.id) as cursor, (
                        select row_to_json(r85.*) from (
                          select t84.title as "title", (
                            select ('[' || coalesce(string_agg((
                              select row_to_json(r86.*) from (
                                select c87.slug as "slug"
                              ) r86
                            )::text, ',' order by c87.name, c87.id), '') || ']')::json from (
                              select c87.* from organization c87 where exists (select 1 from event_organization eo88 where eo88.event_id = t84.id and eo88.organization_id = c87.id) order by c87.name, c87.id limit ?
                            ) c87 where true
                          ) as "organizations", (
                            select row_to_json(z89.*) from (
                              select (
                                select count(*) from citation q90 where q90.event_id = t84.id
                              ) as "totalCount" from (
                                select count(*) as fetched, (array_agg(n91.cursor order by n91.ord) filter (where n91.ord <= ?)) as cursors from (
                                  select row_number() over (order by t92.sort_0, t92.sort_1, t92.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t92.sort_0::text), dg_cursor_value(t92.sort_1::text)]::text[], t92.id) as cursor from (
                                    select q90.*, q90.source_id as sort_0, q90.start_offset as sort_1 from citation q90 where q90.event_id = t84.id order by q90.source_id, q90.start_offset, q90.id limit ?
                                  ) t92
                                ) n91
                              ) a93
                            ) z89
                          ) as "citations"
                        ) r85
                      ) as l0 from (
                        select q94.*, coalesce(q94.date_earliest, q94.date_latest, 'infinity'::date) as sort_0 from event q94 where q94.deal_id = t5.id order by coalesce(q94.date_earliest, q94.date_latest, 'infinity'::date), q94.id limit ?
                      ) t84
                    ) n83
                  ) a82
                ) z81
              ) as "events"
            ) r6
          ) as l0 from (
            select q2.*, coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date) as sort_0 from deal q2 where true order by coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [10,10,"ANNOUNCED:ASC",5,"ANNOUNCED:ASC",6,5,5,"SOURCE_POSITION:ASC",6,5,5,"ROLE:ASC",50,5,5,"SOURCE_POSITION:ASC",6,6,5,5,"DATE:ASC",5,"SOURCE_POSITION:ASC",6,6,5,5,"VALID_FROM:ASC",10,5,"SOURCE_POSITION:ASC",6,6,5,5,"DATE:DESC",10,5,"SOURCE_POSITION:ASC",6,6,5,5,"DATE:ASC",20,5,"SOURCE_POSITION:ASC",6,6,11]
