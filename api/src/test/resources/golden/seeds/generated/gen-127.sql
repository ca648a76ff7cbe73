-- organizations
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from organization q2 where true
      ) as "totalCount", (
        select row_to_json(r3.*) from (
          select a4.cursors[1] as "startCursor", a4.cursors[array_length(a4.cursors, 1)] as "endCursor", a4.fetched > ? as "hasNextPage", false as "hasPreviousPage"
        ) r3
      ) as "pageInfo", ('[' || coalesce(a4.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select coalesce(to_json(dg_global_id('Organization', t6.slug)), '{"$error":0}'::json) as "id", t6.slug as "slug", coalesce(to_json(array(select a8.value from organization_alias a8 where a8.organization_id = t6.id and a8.kind = 'TICKER' order by a8.value limit 100)), '{"$error":1}'::json) as "tickers", coalesce(to_json(array(select a9.value from organization_alias a9 where a9.organization_id = t6.id and a9.kind = 'ALIAS' order by a9.value limit 100)), '{"$error":2}'::json) as "aliases"
            ) r7
          ) as l0 from (
            select q2.*, (lower(q2.name)) collate "C" as sort_0 from organization q2 where true order by (lower(q2.name)) collate "C", q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: [5,5,5,"NAME:ASC",6]
-- statements
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from statement q2 where q2.date_precision is not null and coalesce(q2.date_latest, 'infinity'::date) >= cast(? as date)
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes", ('[' || coalesce(a3.l1, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0, string_agg(n4.l1::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l1 from (
          select row_number() over (order by t5.sort_0 desc, t5.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select coalesce(to_json((select count(*)::int from (
                select distinct trim(o7.outlet) collate "C" as outlet from citation c8 join source s9 on s9.id = c8.source_id cross join lateral unnest(case when c8.credited_outlet is not null then string_to_array(c8.credited_outlet, ',') else array[coalesce(s9.publisher, s9.author, '“' || s9.title || '”')] end) as o7(outlet) where c8.statement_id = t5.id
              ) o10)), '{"$error":0}'::json) as "corroboration", t5.channel as "channel", t5.slug as "slug", coalesce(to_json(array(select o11.outlet from (
                select distinct trim(o12.outlet) collate "C" as outlet from citation c13 join source s14 on s14.id = c13.source_id cross join lateral unnest(case when c13.credited_outlet is not null then string_to_array(c13.credited_outlet, ',') else array[coalesce(s14.publisher, s14.author, '“' || s14.title || '”')] end) as o12(outlet) where c13.statement_id = t5.id
              ) o11 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r15.*) from (
                    select 'Speaker'::text as "__typename"
                  ) r15
                )::text, ',' order by c16.id), '') || ']')::json from (
                  select c16.* from statement_speaker c16 where c16.statement_id = t5.id order by c16.id limit ?
                ) c16 where true
              ) as "speakers"
            ) r6
          ) as l0, (
            select row_to_json(r17.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor", (
                select row_to_json(r18.*) from (
                  select t5.quote as "quote", coalesce(to_json(dg_global_id('Statement', t5.slug)), '{"$error":2}'::json) as "id", t5.slug as "slug", coalesce(to_json(array(select o19.outlet from (
                    select distinct trim(o20.outlet) collate "C" as outlet from citation c21 join source s22 on s22.id = c21.source_id cross join lateral unnest(case when c21.credited_outlet is not null then string_to_array(c21.credited_outlet, ',') else array[coalesce(s22.publisher, s22.author, '“' || s22.title || '”')] end) as o20(outlet) where c21.statement_id = t5.id
                  ) o19 order by 1 limit 100)), '{"$error":3}'::json) as "a3"
                ) r18
              ) as "node"
            ) r17
          ) as l1 from (
            select q2.*, coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) as sort_0 from statement q2 where q2.date_precision is not null and coalesce(q2.date_latest, 'infinity'::date) >= cast(? as date) order by coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) desc, q2.id desc limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: ["2026-02-27",4,4,4,"DATE:DESC",10,"DATE:DESC","2026-02-27",5]
