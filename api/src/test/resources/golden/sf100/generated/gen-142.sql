-- person
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from (
            select cc3.source_id, cc3.credited_outlet, bool_or(cc3.credited_outlet is not null) over (partition by cc3.source_id) as credits from citation cc3 where cc3.person_id = t4.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o2(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", t4.role as "role", coalesce(to_json(array(select o8.outlet from (
          select distinct trim(o9.outlet) collate "C" as outlet from (
            select cc10.source_id, cc10.credited_outlet, bool_or(cc10.credited_outlet is not null) over (partition by cc10.source_id) as credits from citation cc10 where cc10.person_id = t4.id
          ) c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') when c11.credits then array[]::text[] else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o9(outlet)
        ) o8 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", (
          select row_to_json(z13.*) from (
            select (
              select count(*) from citation q14 where q14.person_id = t4.id
            ) as "totalCount", ('[' || coalesce(a15.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n16.cursor order by n16.ord) filter (where n16.ord <= ?)) as cursors, string_agg(n16.l0::text, ',' order by n16.ord) filter (where n16.ord <= ?) as l0 from (
                select row_number() over (order by t17.sort_0, t17.sort_1, t17.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t17.sort_0::text), dg_cursor_value(t17.sort_1::text)]::text[], t17.id) as cursor, (
                  select row_to_json(r18.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t17.sort_0::text), dg_cursor_value(t17.sort_1::text)]::text[], t17.id) as "cursor", (
                      select row_to_json(r19.*) from (
                        select t17.start_offset as "startOffset", t17.end_offset as "endOffset", t17.excerpt as "excerpt", t17.credited_outlet as "creditedOutlet"
                      ) r19
                    ) as "node"
                  ) r18
                ) as l0 from (
                  select q14.*, q14.source_id as sort_0, q14.start_offset as sort_1 from citation q14 where q14.person_id = t4.id order by q14.source_id, q14.start_offset, q14.id limit ?
                ) t17
              ) n16
            ) a15
          ) z13
        ) as "citations"
      ) r1
    ) from person t4 where t4.slug = ? limit 1
  )
)::text
-- values: [1,1,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",2,"carlos-haddad-392"]
