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
                select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.statement_id = t6.id
              ) o11)), '{"$error":1}'::json) as "corroboration", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r12.*) from (
                    select 'Speaker'::text as "__typename"
                  ) r12
                )::text, ',' order by c13.id), '') || ']')::json from (
                  select c13.* from statement_speaker c13 where c13.statement_id = t6.id order by c13.id limit ?
                ) c13 where true
              ) as "speakers", (
                select row_to_json(z14.*) from (
                  select (
                    select count(*) from citation q15 where q15.statement_id = t6.id
                  ) as "a0", ('[' || coalesce(a16.l0, '') || ']')::json as "edges", ('[' || coalesce(a16.l1, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n17.cursor order by n17.ord) filter (where n17.ord <= ?)) as cursors, string_agg(n17.l0::text, ',' order by n17.ord) filter (where n17.ord <= ?) as l0, string_agg(n17.l1::text, ',' order by n17.ord) filter (where n17.ord <= ?) as l1 from (
                      select row_number() over (order by t18.sort_0, t18.sort_1, t18.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t18.sort_0::text), dg_cursor_value(t18.sort_1::text)]::text[], t18.id) as cursor, (
                        select row_to_json(r19.*) from (
                          select dg_cursor(cast(? as text), array[dg_cursor_value(t18.sort_0::text), dg_cursor_value(t18.sort_1::text)]::text[], t18.id) as "cursor"
                        ) r19
                      ) as l0, (
                        select row_to_json(r20.*) from (
                          select t18.credited_outlet as "creditedOutlet", t18.excerpt as "excerpt"
                        ) r20
                      ) as l1 from (
                        select q15.*, q15.source_id as sort_0, q15.start_offset as sort_1 from citation q15 where q15.statement_id = t6.id order by q15.source_id, q15.start_offset, q15.id limit ?
                      ) t18
                    ) n17
                  ) a16
                ) z14
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
