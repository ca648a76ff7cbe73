-- sources
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from source q2 where true
      ) as "a0", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes", ('[' || coalesce(a3.l1, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0, string_agg(n4.l1::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l1 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select coalesce(to_json(t5.content), '{"$error":0}'::json) as "text", (
                select row_to_json(z7.*) from (
                  select (
                    select count(*) from citation q8 where q8.source_id = t5.id
                  ) as "totalCount", ('[' || coalesce(a9.l0, '') || ']')::json as "edges", (
                    select row_to_json(r10.*) from (
                      select a9.cursors[1] as "a0", false as "hasPreviousPage"
                    ) r10
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors, string_agg(n11.l0::text, ',' order by n11.ord) filter (where n11.ord <= ?) as l0 from (
                      select row_number() over (order by t12.sort_0, t12.sort_1, t12.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text), dg_cursor_value(t12.sort_1::text)]::text[], t12.id) as cursor, (
                        select row_to_json(r13.*) from (
                          select dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text), dg_cursor_value(t12.sort_1::text)]::text[], t12.id) as "cursor"
                        ) r13
                      ) as l0 from (
                        select q8.*, q8.source_id as sort_0, q8.start_offset as sort_1 from citation q8 where q8.source_id = t5.id order by q8.source_id, q8.start_offset, q8.id limit ?
                      ) t12
                    ) n11
                  ) a9
                ) z7
              ) as "citations", (case when t5.published_precision is null then null else (
                select row_to_json(r14.*) from (
                  select coalesce(to_json(dg_fuzzy_display(t5.published_earliest, t5.published_latest, t5.published_precision)), '{"$error":1}'::json) as "display", coalesce(to_json(t5.published_text), '{"$error":2}'::json) as "text", t5.published_latest as "latest", coalesce(to_json(t5.published_precision), '{"$error":3}'::json) as "a3"
                ) r14
              ) end) as "published"
            ) r6
          ) as l0, (
            select row_to_json(r15.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor", (
                select row_to_json(r16.*) from (
                  select t5.publisher as "publisher"
                ) r16
              ) as "node"
            ) r15
          ) as l1 from (
            select q2.*, coalesce(q2.published_earliest, q2.published_latest, 'infinity'::date) as sort_0 from source q2 where true order by coalesce(q2.published_earliest, q2.published_latest, 'infinity'::date), q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [20,20,20,"PUBLISHED:ASC",2,2,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",3,"PUBLISHED:ASC",21]
-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from (
            select cc3.source_id, cc3.credited_outlet, bool_or(cc3.credited_outlet is not null) over (partition by cc3.source_id) as credits from citation cc3 where cc3.statement_id = t4.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o2(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", t4.channel as "channel", coalesce(to_json(dg_global_id('Statement', t4.slug)), '{"$error":1}'::json) as "id", t4.slug as "slug", (
          select (
            select row_to_json(r8.*) from (
              select coalesce(to_json((select count(*)::int from (
                select distinct trim(o9.outlet) collate "C" as outlet from (
                  select cc10.source_id, cc10.credited_outlet, bool_or(cc10.credited_outlet is not null) over (partition by cc10.source_id) as credits from citation cc10 where cc10.deal_id = c11.id
                ) c12 join source s13 on s13.id = c12.source_id cross join lateral unnest(case when c12.credited_outlet is not null then string_to_array(c12.credited_outlet, ',') when c12.credits then array[]::text[] else array[coalesce(s13.publisher, s13.author, '“' || s13.title || '”')] end) as o9(outlet)
              ) o14)), '{"$error":2}'::json) as "corroboration"
            ) r8
          ) from deal c11 where c11.id = t4.deal_id limit 1
        ) as "deal"
      ) r1
    ) from statement t4 where t4.slug = ? limit 1
  )
)::text
-- values: ["microsoft-excited-to-see-what-they-build"]
