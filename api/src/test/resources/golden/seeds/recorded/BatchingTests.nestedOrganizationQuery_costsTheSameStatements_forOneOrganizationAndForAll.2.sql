-- organizations
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.slug as "slug", coalesce(to_json(array(select a6.value from organization_alias a6 where a6.organization_id = t4.id and a6.kind = 'ALIAS' order by a6.value limit 100)), '{"$error":0}'::json) as "aliases", coalesce(to_json(array(select a7.value from organization_alias a7 where a7.organization_id = t4.id and a7.kind = 'TICKER' order by a7.value limit 100)), '{"$error":1}'::json) as "tickers", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r8.*) from (
                    select c9.slug as "slug"
                  ) r8
                )::text, ',' order by c9.name, c9.id), '') || ']')::json from (
                  select c9.* from organization c9 where c9.parent_id = t4.id order by c9.name, c9.id limit ?
                ) c9 where true
              ) as "units", (
                select row_to_json(z10.*) from (
                  select ('[' || coalesce(a11.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n12.cursor order by n12.ord) filter (where n12.ord <= ?)) as cursors, string_agg(n12.l0::text, ',' order by n12.ord) filter (where n12.ord <= ?) as l0 from (
                      select row_number() over (order by t13.sort_0, t13.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t13.sort_0::text)]::text[], t13.id) as cursor, (
                        select row_to_json(r14.*) from (
                          select t13.name as "name", (
                            select row_to_json(z15.*) from (
                              select (
                                select count(*) from statement q16 where exists (select 1 from statement_speaker sp17 where sp17.statement_id = q16.id and sp17.person_id = t13.id)
                              ) as "totalCount" from (
                                select count(*) as fetched, (array_agg(n18.cursor order by n18.ord) filter (where n18.ord <= ?)) as cursors from (
                                  select row_number() over (order by t19.sort_0 desc, t19.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t19.sort_0::text)]::text[], t19.id) as cursor from (
                                    select q16.*, coalesce(q16.date_latest, q16.date_earliest, '-infinity'::date) as sort_0 from statement q16 where exists (select 1 from statement_speaker sp17 where sp17.statement_id = q16.id and sp17.person_id = t13.id) order by coalesce(q16.date_latest, q16.date_earliest, '-infinity'::date) desc, q16.id desc limit ?
                                  ) t19
                                ) n18
                              ) a20
                            ) z15
                          ) as "statements", (
                            select row_to_json(z21.*) from (
                              select (
                                select count(*) from citation q22 where q22.person_id = t13.id
                              ) as "totalCount" from (
                                select count(*) as fetched, (array_agg(n23.cursor order by n23.ord) filter (where n23.ord <= ?)) as cursors from (
                                  select row_number() over (order by t24.sort_0, t24.sort_1, t24.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t24.sort_0::text), dg_cursor_value(t24.sort_1::text)]::text[], t24.id) as cursor from (
                                    select q22.*, q22.source_id as sort_0, q22.start_offset as sort_1 from citation q22 where q22.person_id = t13.id order by q22.source_id, q22.start_offset, q22.id limit ?
                                  ) t24
                                ) n23
                              ) a25
                            ) z21
                          ) as "citations"
                        ) r14
                      ) as l0 from (
                        select q26.*, (lower(q26.name)) collate "C" as sort_0 from person q26 where q26.organization_id = t4.id order by (lower(q26.name)) collate "C", q26.id limit ?
                      ) t13
                    ) n12
                  ) a11
                ) z10
              ) as "people", (
                select row_to_json(z27.*) from (
                  select ('[' || coalesce(a28.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n29.cursor order by n29.ord) filter (where n29.ord <= ?)) as cursors, string_agg(n29.l0::text, ',' order by n29.ord) filter (where n29.ord <= ?) as l0 from (
                      select row_number() over (order by t30.sort_0, t30.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t30.sort_0::text)]::text[], t30.id) as cursor, (
                        select row_to_json(r31.*) from (
                          select t30.slug as "slug"
                        ) r31
                      ) as l0 from (
                        select q32.*, coalesce(q32.announced_earliest, q32.announced_latest, 'infinity'::date) as sort_0 from deal q32 where exists (select 1 from deal_party p33 where p33.deal_id = q32.id and p33.organization_id = t4.id) order by coalesce(q32.announced_earliest, q32.announced_latest, 'infinity'::date), q32.id limit ?
                      ) t30
                    ) n29
                  ) a28
                ) z27
              ) as "deals", (
                select row_to_json(z34.*) from (
                  select ('[' || coalesce(a35.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n36.cursor order by n36.ord) filter (where n36.ord <= ?)) as cursors, string_agg(n36.l0::text, ',' order by n36.ord) filter (where n36.ord <= ?) as l0 from (
                      select row_number() over (order by t37.sort_0, t37.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t37.sort_0::text)]::text[], t37.id) as cursor, (
                        select row_to_json(r38.*) from (
                          select t37.slug as "slug", (
                            select (
                              select row_to_json(r39.*) from (
                                select c40.slug as "slug"
                              ) r39
                            ) from organization c40 where c40.id = t37.recipient_id limit 1
                          ) as "recipient"
                        ) r38
                      ) as l0 from (
                        select q41.*, coalesce(q41.date_earliest, q41.date_latest, 'infinity'::date) as sort_0 from commitment q41 where q41.committer_id = t4.id order by coalesce(q41.date_earliest, q41.date_latest, 'infinity'::date), q41.id limit ?
                      ) t37
                    ) n36
                  ) a35
                ) z34
              ) as "commitmentsMade", (
                select row_to_json(z42.*) from (
                  select ('[' || coalesce(a43.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n44.cursor order by n44.ord) filter (where n44.ord <= ?)) as cursors, string_agg(n44.l0::text, ',' order by n44.ord) filter (where n44.ord <= ?) as l0 from (
                      select row_number() over (order by t45.sort_0, t45.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t45.sort_0::text)]::text[], t45.id) as cursor, (
                        select row_to_json(r46.*) from (
                          select t45.slug as "slug", coalesce(to_json((
                            select (
                              select row_to_json(r47.*) from (
                                select c48.slug as "slug"
                              ) r47
                            ) from organization c48 where c48.id = t45.committer_id limit 1
                          )), '{"$error":2}'::json) as "committer"
                        ) r46
                      ) as l0 from (
                        select q49.*, coalesce(q49.date_earliest, q49.date_latest, 'infinity'::date) as sort_0 from commitment q49 where q49.recipient_id = t4.id order by coalesce(q49.date_earliest, q49.date_latest, 'infinity'::date), q49.id limit ?
                      ) t45
                    ) n44
                  ) a43
                ) z42
              ) as "commitmentsReceived", (
                select row_to_json(z50.*) from (
                  select ('[' || coalesce(a51.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n52.cursor order by n52.ord) filter (where n52.ord <= ?)) as cursors, string_agg(n52.l0::text, ',' order by n52.ord) filter (where n52.ord <= ?) as l0 from (
                      select row_number() over (order by t53.sort_0, t53.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t53.sort_0::text)]::text[], t53.id) as cursor, (
                        select row_to_json(r54.*) from (
                          select coalesce(to_json(t53.scope), '{"$error":3}'::json) as "scope"
                        ) r54
                      ) as l0 from (
                        select q55.*, coalesce(q55.valid_from_earliest, q55.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q55 where q55.holder_id = t4.id order by coalesce(q55.valid_from_earliest, q55.valid_from_latest, 'infinity'::date), q55.id limit ?
                      ) t53
                    ) n52
                  ) a51
                ) z50
              ) as "exclusivityHeld", (
                select row_to_json(z56.*) from (
                  select ('[' || coalesce(a57.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n58.cursor order by n58.ord) filter (where n58.ord <= ?)) as cursors, string_agg(n58.l0::text, ',' order by n58.ord) filter (where n58.ord <= ?) as l0 from (
                      select row_number() over (order by t59.sort_0, t59.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t59.sort_0::text)]::text[], t59.id) as cursor, (
                        select row_to_json(r60.*) from (
                          select coalesce(to_json(t59.scope), '{"$error":4}'::json) as "scope"
                        ) r60
                      ) as l0 from (
                        select q61.*, coalesce(q61.valid_from_earliest, q61.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q61 where q61.grantor_id = t4.id order by coalesce(q61.valid_from_earliest, q61.valid_from_latest, 'infinity'::date), q61.id limit ?
                      ) t59
                    ) n58
                  ) a57
                ) z56
              ) as "exclusivityGranted", (
                select row_to_json(z62.*) from (
                  select ('[' || coalesce(a63.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n64.cursor order by n64.ord) filter (where n64.ord <= ?)) as cursors, string_agg(n64.l0::text, ',' order by n64.ord) filter (where n64.ord <= ?) as l0 from (
                      select row_number() over (order by t65.sort_0 desc, t65.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t65.sort_0::text)]::text[], t65.id) as cursor, (
                        select row_to_json(r66.*) from (
                          select t65.quote as "quote"
                        ) r66
                      ) as l0 from (
                        select q67.*, coalesce(q67.date_latest, q67.date_earliest, '-infinity'::date) as sort_0 from statement q67 where exists (select 1 from (
                          select ss68.statement_id, ss68.organization_id from statement_speaker ss68 where ss68.organization_id is not null union select ss68.statement_id, sp69.organization_id from statement_speaker ss68 join person sp69 on sp69.id = ss68.person_id where sp69.organization_id is not null
                        ) so70 where so70.statement_id = q67.id and so70.organization_id = t4.id) order by coalesce(q67.date_latest, q67.date_earliest, '-infinity'::date) desc, q67.id desc limit ?
                      ) t65
                    ) n64
                  ) a63
                ) z62
              ) as "statements", (
                select row_to_json(z71.*) from (
                  select ('[' || coalesce(a72.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n73.cursor order by n73.ord) filter (where n73.ord <= ?)) as cursors, string_agg(n73.l0::text, ',' order by n73.ord) filter (where n73.ord <= ?) as l0 from (
                      select row_number() over (order by t74.sort_0, t74.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t74.sort_0::text)]::text[], t74.id) as cursor, (
                        select row_to_json(r75.*) from (
                          select t74.title as "title"
                        ) r75
                      ) as l0 from (
                        select q76.*, coalesce(q76.date_earliest, q76.date_latest, 'infinity'::date) as sort_0 from event q76 where exists (select 1 from event_organization eo77 where eo77.event_id = q76.id and eo77.organization_id = t4.id) order by coalesce(q76.date_earliest, q76.date_latest, 'infinity'::date), q76.id limit ?
                      ) t74
                    ) n73
                  ) a72
                ) z71
              ) as "events", (
                select row_to_json(z78.*) from (
                  select ('[' || coalesce(a79.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n80.cursor order by n80.ord) filter (where n80.ord <= ?)) as cursors, string_agg(n80.l0::text, ',' order by n80.ord) filter (where n80.ord <= ?) as l0 from (
                      select row_number() over (order by t81.sort_0, t81.sort_1, t81.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t81.sort_0::text), dg_cursor_value(t81.sort_1::text)]::text[], t81.id) as cursor, (
                        select row_to_json(r82.*) from (
                          select t81.excerpt as "excerpt"
                        ) r82
                      ) as l0 from (
                        select q83.*, q83.source_id as sort_0, q83.start_offset as sort_1 from citation q83 where q83.organization_id = t4.id order by q83.source_id, q83.start_offset, q83.id limit ?
                      ) t81
                    ) n80
                  ) a79
                ) z78
              ) as "citations"
            ) r5
          ) as l0 from (
            select q84.*, (lower(q84.name)) collate "C" as sort_0 from organization q84 where true order by (lower(q84.name)) collate "C", q84.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [10,10,"NAME:ASC",50,5,5,"NAME:ASC",5,"DATE:DESC",6,5,"SOURCE_POSITION:ASC",6,6,5,5,"ANNOUNCED:ASC",6,5,5,"DATE:ASC",6,5,5,"DATE:ASC",6,5,5,"VALID_FROM:ASC",6,5,5,"VALID_FROM:ASC",6,5,5,"DATE:DESC",6,5,5,"DATE:ASC",6,5,5,"SOURCE_POSITION:ASC",6,11]
