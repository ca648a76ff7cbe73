-- statements
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from statement q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "edges", ('[' || coalesce(a3.l1, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0, string_agg(n4.l1::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l1 from (
          select row_number() over (order by t5.sort_0 desc, t5.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor", (
                select row_to_json(r7.*) from (
                  select coalesce(to_json((select count(*)::int from (
                    select distinct trim(o8.outlet) collate "C" as outlet from (
                      select cc9.source_id, cc9.credited_outlet, bool_or(cc9.credited_outlet is not null) over (partition by cc9.source_id) as credits from citation cc9 where cc9.statement_id = t5.id
                    ) c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') when c10.credits then array[]::text[] else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o8(outlet)
                  ) o12)), '{"$error":0}'::json) as "corroboration", t5.slug as "slug", coalesce(to_json(dg_global_id('Statement', t5.slug)), '{"$error":1}'::json) as "id", t5.quote as "quote", (
                    select ('[' || coalesce(string_agg((
                      select row_to_json(r13.*) from (
                        select (
                          select (
                            select row_to_json(r14.*) from (
                              select c15.kind as "kind", c15.description as "description", c15.name as "name", coalesce(to_json(dg_global_id('Organization', c15.slug)), '{"$error":2}'::json) as "a3", (
                                select row_to_json(z16.*) from (
                                  select (
                                    select count(*) from statement q17 where exists (select 1 from (
                                      select ss18.statement_id, ss18.organization_id from statement_speaker ss18 where ss18.organization_id is not null union select ss18.statement_id, sp19.organization_id from statement_speaker ss18 join person sp19 on sp19.id = ss18.person_id where sp19.organization_id is not null
                                    ) so20 where so20.statement_id = q17.id and so20.organization_id = c15.id)
                                  ) as "totalCount" from (
                                    select count(*) as fetched, (array_agg(n21.cursor order by n21.ord) filter (where n21.ord <= ?)) as cursors from (
                                      select row_number() over (order by t22.sort_0 desc, t22.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t22.sort_0::text)]::text[], t22.id) as cursor from (
                                        select q17.*, coalesce(q17.date_latest, q17.date_earliest, '-infinity'::date) as sort_0 from statement q17 where exists (select 1 from (
                                          select ss18.statement_id, ss18.organization_id from statement_speaker ss18 where ss18.organization_id is not null union select ss18.statement_id, sp19.organization_id from statement_speaker ss18 join person sp19 on sp19.id = ss18.person_id where sp19.organization_id is not null
                                        ) so20 where so20.statement_id = q17.id and so20.organization_id = c15.id) order by coalesce(q17.date_latest, q17.date_earliest, '-infinity'::date) desc, q17.id desc limit ?
                                      ) t22
                                    ) n21
                                  ) a23
                                ) z16
                              ) as "statements", (
                                select row_to_json(z24.*) from (
                                  select (
                                    select count(*) from citation q25 where q25.organization_id = c15.id
                                  ) as "totalCount" from (
                                    select count(*) as fetched, (array_agg(n26.cursor order by n26.ord) filter (where n26.ord <= ?)) as cursors from (
                                      select row_number() over (order by t27.sort_0, t27.sort_1, t27.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t27.sort_0::text), dg_cursor_value(t27.sort_1::text)]::text[], t27.id) as cursor from (
                                        select q25.*, q25.source_id as sort_0, q25.start_offset as sort_1 from citation q25 where q25.organization_id = c15.id order by q25.source_id, q25.start_offset, q25.id limit ?
                                      ) t27
                                    ) n26
                                  ) a28
                                ) z24
                              ) as "citations"
                            ) r14
                          ) from organization c15 where c15.id = c29.organization_id limit 1
                        ) as "organization", (
                          select (
                            select row_to_json(r30.*) from (
                              select coalesce(to_json(dg_global_id('Person', c31.slug)), '{"$error":3}'::json) as "id", coalesce(to_json(array(select o32.outlet from (
                                select distinct trim(o33.outlet) collate "C" as outlet from (
                                  select cc34.source_id, cc34.credited_outlet, bool_or(cc34.credited_outlet is not null) over (partition by cc34.source_id) as credits from citation cc34 where cc34.person_id = c31.id
                                ) c35 join source s36 on s36.id = c35.source_id cross join lateral unnest(case when c35.credited_outlet is not null then string_to_array(c35.credited_outlet, ',') when c35.credits then array[]::text[] else array[coalesce(s36.publisher, s36.author, '“' || s36.title || '”')] end) as o33(outlet)
                              ) o32 order by 1 limit 100)), '{"$error":4}'::json) as "outlets"
                            ) r30
                          ) from person c31 where c31.id = c29.person_id limit 1
                        ) as "person"
                      ) r13
                    )::text, ',' order by c29.id), '') || ']')::json from (
                      select c29.* from statement_speaker c29 where c29.statement_id = t5.id order by c29.id limit ?
                    ) c29 where true
                  ) as "speakers", (case when t5.date_precision is null then null else (
                    select row_to_json(r37.*) from (
                      select coalesce(to_json(t5.date_precision), '{"$error":5}'::json) as "precision", t5.date_latest as "latest"
                    ) r37
                  ) end) as "date"
                ) r7
              ) as "node"
            ) r6
          ) as l0, (
            select row_to_json(r38.*) from (
              select coalesce(to_json(dg_global_id('Statement', t5.slug)), '{"$error":6}'::json) as "id", (
                select row_to_json(z39.*) from (
                  select ('[' || coalesce(a40.l0, '') || ']')::json as "edges" from (
                    select count(*) as fetched, (array_agg(n41.cursor order by n41.ord) filter (where n41.ord <= ?)) as cursors, string_agg(n41.l0::text, ',' order by n41.ord) filter (where n41.ord <= ?) as l0 from (
                      select row_number() over (order by t42.sort_0, t42.sort_1, t42.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t42.sort_0::text), dg_cursor_value(t42.sort_1::text)]::text[], t42.id) as cursor, (
                        select row_to_json(r43.*) from (
                          select dg_cursor(cast(? as text), array[dg_cursor_value(t42.sort_0::text), dg_cursor_value(t42.sort_1::text)]::text[], t42.id) as "cursor", (
                            select row_to_json(r44.*) from (
                              select t42.credited_outlet as "creditedOutlet"
                            ) r44
                          ) as "node"
                        ) r43
                      ) as l0 from (
                        select q45.*, q45.source_id as sort_0, q45.start_offset as sort_1 from citation q45 where q45.statement_id = t5.id order by q45.source_id, q45.start_offset, q45.id limit ?
                      ) t42
                    ) n41
                  ) a40
                ) z39
              ) as "citations"
            ) r38
          ) as l1 from (
            select q2.*, coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) as sort_0 from statement q2 where (true) and ((coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date), q2.id) < (cast(? as date), ?)) order by coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) desc, q2.id desc limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [2,2,2,"DATE:DESC","DATE:DESC",1,"DATE:DESC",2,2,"SOURCE_POSITION:ASC",3,10,3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,"2026-01-30",10001486,3]
