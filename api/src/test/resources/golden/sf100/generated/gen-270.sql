-- people
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from person q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "edges", (
        select row_to_json(r4.*) from (
          select a3.cursors[1] as "startCursor", a3.fetched > ? as "hasNextPage", a3.cursors[array_length(a3.cursors, 1)] as "endCursor", exists (
            select 1 from person q2 where (true) and (not ((lower(q2.name)) collate "C", q2.id) > (cast(? as text) collate "C", ?))
          ) as "hasPreviousPage"
        ) r4
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as "cursor", (
                select row_to_json(r8.*) from (
                  select t6.role as "role", (
                    select row_to_json(z9.*) from (
                      select (
                        select count(*) from statement q10 where exists (select 1 from statement_speaker sp11 where sp11.statement_id = q10.id and sp11.person_id = t6.id)
                      ) as "totalCount", ('[' || coalesce(a12.l0, '') || ']')::json as "nodes", ('[' || coalesce(a12.l1, '') || ']')::json as "edges" from (
                        select count(*) as fetched, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors, string_agg(n13.l0::text, ',' order by n13.ord) filter (where n13.ord <= ?) as l0, string_agg(n13.l1::text, ',' order by n13.ord) filter (where n13.ord <= ?) as l1 from (
                          select row_number() over (order by t14.sort_0 desc, t14.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as cursor, (
                            select row_to_json(r15.*) from (
                              select t14.channel as "channel", coalesce(to_json(dg_global_id('Statement', t14.slug)), '{"$error":0}'::json) as "id", t14.slug as "slug", coalesce(to_json((select count(*)::int from (
                                select distinct trim(o16.outlet) collate "C" as outlet from (
                                  select cc17.source_id, cc17.credited_outlet, bool_or(cc17.credited_outlet is not null) over (partition by cc17.source_id) as credits from citation cc17 where cc17.statement_id = t14.id
                                ) c18 join source s19 on s19.id = c18.source_id cross join lateral unnest(case when c18.credited_outlet is not null then string_to_array(c18.credited_outlet, ',') when c18.credits then array[]::text[] else array[coalesce(s19.publisher, s19.author, '“' || s19.title || '”')] end) as o16(outlet)
                              ) o20)), '{"$error":1}'::json) as "corroboration", (case when t14.date_precision is null then null else (
                                select row_to_json(r21.*) from (
                                  select t14.date_earliest as "earliest", t14.date_latest as "latest", coalesce(to_json(t14.date_text), '{"$error":2}'::json) as "text"
                                ) r21
                              ) end) as "date", (
                                select ('[' || coalesce(string_agg((
                                  select row_to_json(r22.*) from (
                                    select 'Speaker'::text as "__typename"
                                  ) r22
                                )::text, ',' order by c23.id), '') || ']')::json from (
                                  select c23.* from statement_speaker c23 where c23.statement_id = t14.id order by c23.id limit ?
                                ) c23 where true
                              ) as "speakers"
                            ) r15
                          ) as l0, (
                            select row_to_json(r24.*) from (
                              select dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text)]::text[], t14.id) as "cursor"
                            ) r24
                          ) as l1 from (
                            select q10.*, coalesce(q10.date_latest, q10.date_earliest, '-infinity'::date) as sort_0 from statement q10 where (exists (select 1 from statement_speaker sp11 where sp11.statement_id = q10.id and sp11.person_id = t6.id)) and ((coalesce(q10.date_latest, q10.date_earliest, '-infinity'::date), q10.id) < (cast(? as date), ?)) order by coalesce(q10.date_latest, q10.date_earliest, '-infinity'::date) desc, q10.id desc limit ?
                          ) t14
                        ) n13
                      ) a12
                    ) z9
                  ) as "statements", (
                    select row_to_json(z25.*) from (
                      select (
                        select row_to_json(r26.*) from (
                          select false as "hasPreviousPage", a27.cursors[array_length(a27.cursors, 1)] as "endCursor", a27.fetched > ? as "hasNextPage", a27.cursors[1] as "a3"
                        ) r26
                      ) as "pageInfo" from (
                        select count(*) as fetched, (array_agg(n28.cursor order by n28.ord) filter (where n28.ord <= ?)) as cursors from (
                          select row_number() over (order by t29.sort_0 desc, t29.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t29.sort_0::text)]::text[], t29.id) as cursor from (
                            select q30.*, coalesce(q30.date_latest, q30.date_earliest, '-infinity'::date) as sort_0 from statement q30 where exists (select 1 from statement_speaker sp31 where sp31.statement_id = q30.id and sp31.person_id = t6.id) order by coalesce(q30.date_latest, q30.date_earliest, '-infinity'::date) desc, q30.id desc limit ?
                          ) t29
                        ) n28
                      ) a27
                    ) z25
                  ) as "again2"
                ) r8
              ) as "node"
            ) r7
          ) as l0 from (
            select q2.*, (lower(q2.name)) collate "C" as sort_0 from person q2 where (true) and (((lower(q2.name)) collate "C", q2.id) > (cast(? as text) collate "C", ?)) order by (lower(q2.name)) collate "C", q2.id limit ?
          ) t6
        ) n5
      ) a3
    ) z1
  )
)::text
-- values: [1,"aisha chen",10000193,1,1,"NAME:ASC","NAME:ASC",1,1,1,"DATE:DESC",10,"DATE:DESC","2015-11-16",10002507,2,1,1,"DATE:DESC",2,"aisha chen",10000193,2]
