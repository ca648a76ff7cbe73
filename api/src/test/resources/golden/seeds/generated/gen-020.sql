-- r1
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from event q2 where true
      ) as "totalCount", (
        select row_to_json(r3.*) from (
          select a4.cursors[array_length(a4.cursors, 1)] as "endCursor", a4.cursors[1] as "startCursor", exists (
            select 1 from event q2 where (true) and (not (coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id) > (cast(? as date), ?))
          ) as "hasPreviousPage", a4.fetched > ? as "hasNextPage"
        ) r3
      ) as "pageInfo", ('[' || coalesce(a4.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as "cursor", (
                select row_to_json(r8.*) from (
                  select coalesce(to_json(array(select o9.outlet from (
                    select distinct trim(o10.outlet) collate "C" as outlet from (
                      select cc11.source_id, cc11.credited_outlet, bool_or(cc11.credited_outlet is not null) over (partition by cc11.source_id) as credits from citation cc11 where cc11.event_id = t6.id
                    ) c12 join source s13 on s13.id = c12.source_id cross join lateral unnest(case when c12.credited_outlet is not null then string_to_array(c12.credited_outlet, ',') when c12.credits then array[]::text[] else array[coalesce(s13.publisher, s13.author, '“' || s13.title || '”')] end) as o10(outlet)
                  ) o9 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t6.kind as "kind", (
                    select (
                      select row_to_json(r14.*) from (
                        select coalesce(to_json(array(select o15.outlet from (
                          select distinct trim(o16.outlet) collate "C" as outlet from (
                            select cc17.source_id, cc17.credited_outlet, bool_or(cc17.credited_outlet is not null) over (partition by cc17.source_id) as credits from citation cc17 where cc17.deal_id = c18.id
                          ) c19 join source s20 on s20.id = c19.source_id cross join lateral unnest(case when c19.credited_outlet is not null then string_to_array(c19.credited_outlet, ',') when c19.credits then array[]::text[] else array[coalesce(s20.publisher, s20.author, '“' || s20.title || '”')] end) as o16(outlet)
                        ) o15 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", coalesce(to_json(dg_global_id('Deal', c18.slug)), '{"$error":2}'::json) as "a1", c18.summary as "summary", (
                          select row_to_json(z21.*) from (
                            select (
                              select count(*) from citation q22 where q22.deal_id = c18.id
                            ) as "totalCount", (
                              select row_to_json(r23.*) from (
                                select a24.cursors[array_length(a24.cursors, 1)] as "endCursor", false as "hasPreviousPage"
                              ) r23
                            ) as "pageInfo" from (
                              select count(*) as fetched, (array_agg(n25.cursor order by n25.ord) filter (where n25.ord <= ?)) as cursors from (
                                select row_number() over (order by t26.sort_0, t26.sort_1, t26.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t26.sort_0::text), dg_cursor_value(t26.sort_1::text)]::text[], t26.id) as cursor from (
                                  select q22.*, q22.source_id as sort_0, q22.start_offset as sort_1 from citation q22 where q22.deal_id = c18.id order by q22.source_id, q22.start_offset, q22.id limit ?
                                ) t26
                              ) n25
                            ) a24
                          ) z21
                        ) as "citations"
                      ) r14
                    ) from deal c18 where c18.id = t6.deal_id limit 1
                  ) as "deal"
                ) r8
              ) as "node"
            ) r7
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from event q2 where (true) and ((coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id) > (cast(? as date), ?)) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: ["2026-04-27",6,8,8,8,"DATE:ASC","DATE:ASC",1,"SOURCE_POSITION:ASC",2,"2026-04-27",6,9]
-- r2
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select a2.value from organization_alias a2 where a2.organization_id = t3.id and a2.kind = 'ALIAS' order by a2.value limit 100)), '{"$error":0}'::json) as "aliases", t3.description as "description", t3.name as "name"
      ) r1
    ) from organization t3 where lower(t3.name) = lower(?) or exists (select 1 from organization_alias a4 where a4.organization_id = t3.id and lower(a4.value) = lower(?)) order by t3.id limit 1
  )
)::text
-- values: ["OpenAI","OpenAI"]
