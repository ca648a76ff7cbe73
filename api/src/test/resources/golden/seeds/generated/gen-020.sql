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
                    select distinct trim(o10.outlet) collate "C" as outlet from citation c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o10(outlet) where c11.event_id = t6.id
                  ) o9 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t6.kind as "kind", (
                    select (
                      select row_to_json(r13.*) from (
                        select coalesce(to_json(array(select o14.outlet from (
                          select distinct trim(o15.outlet) collate "C" as outlet from citation c16 join source s17 on s17.id = c16.source_id cross join lateral unnest(case when c16.credited_outlet is not null then string_to_array(c16.credited_outlet, ',') else array[coalesce(s17.publisher, s17.author, '“' || s17.title || '”')] end) as o15(outlet) where c16.deal_id = c18.id
                        ) o14 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", coalesce(to_json(dg_global_id('Deal', c18.slug)), '{"$error":2}'::json) as "a1", c18.summary as "summary", (
                          select row_to_json(z19.*) from (
                            select (
                              select count(*) from citation q20 where q20.deal_id = c18.id
                            ) as "totalCount", (
                              select row_to_json(r21.*) from (
                                select a22.cursors[array_length(a22.cursors, 1)] as "endCursor", false as "hasPreviousPage"
                              ) r21
                            ) as "pageInfo" from (
                              select count(*) as fetched, (array_agg(n23.cursor order by n23.ord) filter (where n23.ord <= ?)) as cursors from (
                                select row_number() over (order by t24.sort_0, t24.sort_1, t24.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t24.sort_0::text), dg_cursor_value(t24.sort_1::text)]::text[], t24.id) as cursor from (
                                  select q20.*, q20.source_id as sort_0, q20.start_offset as sort_1 from citation q20 where q20.deal_id = c18.id order by q20.source_id, q20.start_offset, q20.id limit ?
                                ) t24
                              ) n23
                            ) a22
                          ) z19
                        ) as "citations"
                      ) r13
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
