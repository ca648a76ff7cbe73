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
                select distinct trim(o7.outlet) collate "C" as outlet from (
                  select cc8.source_id, cc8.credited_outlet, bool_or(cc8.credited_outlet is not null) over (partition by cc8.source_id) as credits from citation cc8 where cc8.statement_id = t5.id
                ) c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') when c9.credits then array[]::text[] else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o7(outlet)
              ) o11)), '{"$error":0}'::json) as "corroboration", t5.channel as "channel", t5.slug as "slug", coalesce(to_json(array(select o12.outlet from (
                select distinct trim(o13.outlet) collate "C" as outlet from (
                  select cc14.source_id, cc14.credited_outlet, bool_or(cc14.credited_outlet is not null) over (partition by cc14.source_id) as credits from citation cc14 where cc14.statement_id = t5.id
                ) c15 join source s16 on s16.id = c15.source_id cross join lateral unnest(case when c15.credited_outlet is not null then string_to_array(c15.credited_outlet, ',') when c15.credits then array[]::text[] else array[coalesce(s16.publisher, s16.author, '“' || s16.title || '”')] end) as o13(outlet)
              ) o12 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r17.*) from (
                    select 'Speaker'::text as "__typename"
                  ) r17
                )::text, ',' order by c18.id), '') || ']')::json from (
                  select c18.* from statement_speaker c18 where c18.statement_id = t5.id order by c18.id limit ?
                ) c18 where true
              ) as "speakers"
            ) r6
          ) as l0, (
            select row_to_json(r19.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor", (
                select row_to_json(r20.*) from (
                  select t5.quote as "quote", coalesce(to_json(dg_global_id('Statement', t5.slug)), '{"$error":2}'::json) as "id", t5.slug as "slug", coalesce(to_json(array(select o21.outlet from (
                    select distinct trim(o22.outlet) collate "C" as outlet from (
                      select cc23.source_id, cc23.credited_outlet, bool_or(cc23.credited_outlet is not null) over (partition by cc23.source_id) as credits from citation cc23 where cc23.statement_id = t5.id
                    ) c24 join source s25 on s25.id = c24.source_id cross join lateral unnest(case when c24.credited_outlet is not null then string_to_array(c24.credited_outlet, ',') when c24.credits then array[]::text[] else array[coalesce(s25.publisher, s25.author, '“' || s25.title || '”')] end) as o22(outlet)
                  ) o21 order by 1 limit 100)), '{"$error":3}'::json) as "a3"
                ) r20
              ) as "node"
            ) r19
          ) as l1 from (
            select q2.*, coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) as sort_0 from statement q2 where q2.date_precision is not null and coalesce(q2.date_latest, 'infinity'::date) >= cast(? as date) order by coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) desc, q2.id desc limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: ["2026-02-27",4,4,4,"DATE:DESC",10,"DATE:DESC","2026-02-27",5]
