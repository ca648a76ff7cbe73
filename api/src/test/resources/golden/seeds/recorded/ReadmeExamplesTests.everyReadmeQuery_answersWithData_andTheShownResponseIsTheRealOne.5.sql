-- statements
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0 desc, t4.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.quote as "quote", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r6.*) from (
                    select (
                      select (
                        select row_to_json(r7.*) from (
                          select c8.name as "name", c8.role as "role"
                        ) r7
                      ) from person c8 where c8.id = c9.person_id limit 1
                    ) as "person", (
                      select (
                        select row_to_json(r10.*) from (
                          select c11.name as "name"
                        ) r10
                      ) from organization c11 where c11.id = c9.organization_id limit 1
                    ) as "organization"
                  ) r6
                )::text, ',' order by c9.id), '') || ']')::json from (
                  select c9.* from statement_speaker c9 where c9.statement_id = t4.id order by c9.id limit ?
                ) c9 where true
              ) as "speakers", (case when t4.date_precision is null then null else (
                select row_to_json(r12.*) from (
                  select coalesce(to_json(dg_fuzzy_display(t4.date_earliest, t4.date_latest, t4.date_precision)), '{"$error":0}'::json) as "display", coalesce(to_json(t4.date_text), '{"$error":1}'::json) as "text"
                ) r12
              ) end) as "date", (
                select row_to_json(z13.*) from (
                  select ('[' || coalesce(a14.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                      select row_number() over (order by t16.sort_0, t16.sort_1, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text), dg_cursor_value(t16.sort_1::text)]::text[], t16.id) as cursor, (
                        select row_to_json(r17.*) from (
                          select t16.credited_outlet as "creditedOutlet", coalesce(to_json((
                            select (
                              select row_to_json(r18.*) from (
                                select c19.title as "title"
                              ) r18
                            ) from source c19 where c19.id = t16.source_id limit 1
                          )), '{"$error":2}'::json) as "source"
                        ) r17
                      ) as l0 from (
                        select q20.*, q20.source_id as sort_0, q20.start_offset as sort_1 from citation q20 where q20.statement_id = t4.id order by q20.source_id, q20.start_offset, q20.id limit ?
                      ) t16
                    ) n15
                  ) a14
                ) z13
              ) as "citations"
            ) r5
          ) as l0 from (
            select q21.*, coalesce(q21.date_latest, q21.date_earliest, '-infinity'::date) as sort_0 from statement q21 where q21.channel = ? order by coalesce(q21.date_latest, q21.date_earliest, '-infinity'::date) desc, q21.id desc limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"DATE:DESC",10,20,20,"SOURCE_POSITION:ASC",21,"MEMO",21]
