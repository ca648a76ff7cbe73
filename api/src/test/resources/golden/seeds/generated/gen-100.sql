-- deals
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from deal q2 where exists (select 1 from deal_party p3 where p3.deal_id = q2.id and p3.role = ?)
      ) as "totalCount", ('[' || coalesce(a4.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as "cursor", null::text as "inForce"
            ) r7
          ) as l0 from (
            select q2.*, coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date) as sort_0 from deal q2 where exists (select 1 from deal_party p3 where p3.deal_id = q2.id and p3.role = ?) order by coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: ["CO_DEVELOPER",8,8,"ANNOUNCED:ASC","ANNOUNCED:ASC","CO_DEVELOPER",9]
-- statements
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from statement q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes", (
        select row_to_json(r4.*) from (
          select a3.cursors[array_length(a3.cursors, 1)] as "endCursor", a3.fetched > ? as "hasNextPage", false as "hasPreviousPage"
        ) r4
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0 desc, t6.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select coalesce(to_json(dg_global_id('Statement', t6.slug)), '{"$error":0}'::json) as "id", coalesce(to_json((select count(*)::int from (
                select distinct trim(o8.outlet) collate "C" as outlet from (
                  select cc9.source_id, cc9.credited_outlet, bool_or(cc9.credited_outlet is not null) over (partition by cc9.source_id) as credits from citation cc9 where cc9.statement_id = t6.id
                ) c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') when c10.credits then array[]::text[] else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o8(outlet)
              ) o12)), '{"$error":1}'::json) as "corroboration", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r13.*) from (
                    select 'Speaker'::text as "__typename"
                  ) r13
                )::text, ',' order by c14.id), '') || ']')::json from (
                  select c14.* from statement_speaker c14 where c14.statement_id = t6.id order by c14.id limit ?
                ) c14 where true
              ) as "speakers", (
                select row_to_json(z15.*) from (
                  select (
                    select count(*) from citation q16 where q16.statement_id = t6.id
                  ) as "a0", ('[' || coalesce(a17.l0, '') || ']')::json as "edges", ('[' || coalesce(a17.l1, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n18.cursor order by n18.ord) filter (where n18.ord <= ?)) as cursors, string_agg(n18.l0::text, ',' order by n18.ord) filter (where n18.ord <= ?) as l0, string_agg(n18.l1::text, ',' order by n18.ord) filter (where n18.ord <= ?) as l1 from (
                      select row_number() over (order by t19.sort_0, t19.sort_1, t19.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t19.sort_0::text), dg_cursor_value(t19.sort_1::text)]::text[], t19.id) as cursor, (
                        select row_to_json(r20.*) from (
                          select dg_cursor(cast(? as text), array[dg_cursor_value(t19.sort_0::text), dg_cursor_value(t19.sort_1::text)]::text[], t19.id) as "cursor"
                        ) r20
                      ) as l0, (
                        select row_to_json(r21.*) from (
                          select t19.credited_outlet as "creditedOutlet", t19.excerpt as "excerpt"
                        ) r21
                      ) as l1 from (
                        select q16.*, q16.source_id as sort_0, q16.start_offset as sort_1 from citation q16 where q16.statement_id = t6.id order by q16.source_id, q16.start_offset, q16.id limit ?
                      ) t19
                    ) n18
                  ) a17
                ) z15
              ) as "citations"
            ) r7
          ) as l0 from (
            select q2.*, coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) as sort_0 from statement q2 where true order by coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) desc, q2.id desc limit ?
          ) t6
        ) n5
      ) a3
    ) z1
  )
)::text
-- values: [8,8,8,"DATE:DESC",10,3,3,3,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",4,9]
