-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.person_id = t5.id
        ) o6)), '{"$error":0}'::json) as "corroboration", t5.role as "role", coalesce(to_json(array(select o7.outlet from (
          select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.person_id = t5.id
        ) o7 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", (
          select row_to_json(z11.*) from (
            select (
              select count(*) from citation q12 where q12.person_id = t5.id
            ) as "totalCount", ('[' || coalesce(a13.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors, string_agg(n14.l0::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l0 from (
                select row_number() over (order by t15.sort_0, t15.sort_1, t15.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text), dg_cursor_value(t15.sort_1::text)]::text[], t15.id) as cursor, (
                  select row_to_json(r16.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text), dg_cursor_value(t15.sort_1::text)]::text[], t15.id) as "cursor", (
                      select row_to_json(r17.*) from (
                        select t15.start_offset as "startOffset", t15.end_offset as "endOffset", t15.excerpt as "excerpt", t15.credited_outlet as "creditedOutlet"
                      ) r17
                    ) as "node"
                  ) r16
                ) as l0 from (
                  select q12.*, q12.source_id as sort_0, q12.start_offset as sort_1 from citation q12 where q12.person_id = t5.id order by q12.source_id, q12.start_offset, q12.id limit ?
                ) t15
              ) n14
            ) a13
          ) z11
        ) as "citations"
      ) r1
    ) from person t5 where t5.slug = ? limit 1
  )
)::text
-- values: [1,1,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",2,"carlos-haddad-392"]
