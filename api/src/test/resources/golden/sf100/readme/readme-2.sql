-- organizationByName
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.name as "name", (
          select row_to_json(z3.*) from (
            select ('[' || coalesce(a4.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
                select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
                  select row_to_json(r7.*) from (
                    select coalesce(to_json(t6.scope), '{"$error":0}'::json) as "scope", coalesce(to_json(t6.status), '{"$error":1}'::json) as "status", coalesce(to_json((
                      select (
                        select row_to_json(r8.*) from (
                          select c9.name as "name"
                        ) r8
                      ) from organization c9 where c9.id = t6.grantor_id limit 1
                    )), '{"$error":2}'::json) as "grantor", (case when t6.valid_to_precision is null then null else (
                      select row_to_json(r10.*) from (
                        select coalesce(to_json(dg_fuzzy_display(t6.valid_to_earliest, t6.valid_to_latest, t6.valid_to_precision)), '{"$error":3}'::json) as "display", coalesce(to_json(t6.valid_to_precision), '{"$error":4}'::json) as "precision", coalesce(to_json(t6.valid_to_text), '{"$error":5}'::json) as "text"
                      ) r10
                    ) end) as "validTo", (
                      select (
                        select row_to_json(r11.*) from (
                          select c12.title as "title", coalesce(to_json((case when c12.date_precision is null then null else (
                            select row_to_json(r13.*) from (
                              select coalesce(to_json(dg_fuzzy_display(c12.date_earliest, c12.date_latest, c12.date_precision)), '{"$error":6}'::json) as "display"
                            ) r13
                          ) end)), '{"$error":7}'::json) as "date"
                        ) r11
                      ) from event c12 where c12.id = t6.superseded_by_event_id limit 1
                    ) as "supersededByEvent", (
                      select row_to_json(z14.*) from (
                        select ('[' || coalesce(a15.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n16.cursor order by n16.ord) filter (where n16.ord <= ?)) as cursors, string_agg(n16.l0::text, ',' order by n16.ord) filter (where n16.ord <= ?) as l0 from (
                            select row_number() over (order by t17.sort_0, t17.sort_1, t17.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t17.sort_0::text), dg_cursor_value(t17.sort_1::text)]::text[], t17.id) as cursor, (
                              select row_to_json(r18.*) from (
                                select t17.excerpt as "excerpt", coalesce(to_json((
                                  select (
                                    select row_to_json(r19.*) from (
                                      select c20.title as "title"
                                    ) r19
                                  ) from source c20 where c20.id = t17.source_id limit 1
                                )), '{"$error":8}'::json) as "source"
                              ) r18
                            ) as l0 from (
                              select q21.*, q21.source_id as sort_0, q21.start_offset as sort_1 from citation q21 where q21.exclusivity_term_id = t6.id order by q21.source_id, q21.start_offset, q21.id limit ?
                            ) t17
                          ) n16
                        ) a15
                      ) z14
                    ) as "citations"
                  ) r7
                ) as l0 from (
                  select q22.*, coalesce(q22.valid_from_earliest, q22.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q22 where q22.holder_id = t2.id order by coalesce(q22.valid_from_earliest, q22.valid_from_latest, 'infinity'::date), q22.id limit ?
                ) t6
              ) n5
            ) a4
          ) z3
        ) as "exclusivityHeld"
      ) r1
    ) from organization t2 where lower(t2.name) = lower(?) or exists (select 1 from organization_alias a23 where a23.organization_id = t2.id and lower(a23.value) = lower(?)) order by t2.id limit 1
  )
)::text
-- values: [20,20,"VALID_FROM:ASC",20,20,"SOURCE_POSITION:ASC",21,21,"MSFT","MSFT"]
