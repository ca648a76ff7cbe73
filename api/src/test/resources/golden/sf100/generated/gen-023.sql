-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.event_id = t5.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o3(outlet)
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", coalesce(to_json(dg_global_id('Event', t5.slug)), '{"$error":1}'::json) as "id", t5.kind as "kind", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r8.*) from (
              select coalesce(to_json(dg_global_id('Organization', c9.slug)), '{"$error":2}'::json) as "id", c9.description as "description", c9.kind as "kind", (
                select row_to_json(z10.*) from (
                  select (
                    select row_to_json(r11.*) from (
                      select a12.fetched > ? as "hasNextPage"
                    ) r11
                  ) as "pageInfo", ('[' || coalesce(a12.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors, string_agg(n13.l0::text, ',' order by n13.ord) filter (where n13.ord <= ?) as l0 from (
                      select row_number() over (order by t14.sort_0, t14.sort_1, t14.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text), dg_cursor_value(t14.sort_1::text)]::text[], t14.id) as cursor, (
                        select row_to_json(r15.*) from (
                          select t14.start_offset as "startOffset", t14.end_offset as "endOffset", t14.excerpt as "excerpt", t14.credited_outlet as "creditedOutlet", coalesce(to_json((
                            select (
                              select row_to_json(r16.*) from (
                                select c17.file_name as "fileName", c17.title as "title", (case when c17.published_precision is null then null else (
                                  select row_to_json(r18.*) from (
                                    select coalesce(to_json(c17.published_text), '{"$error":3}'::json) as "text", c17.published_earliest as "earliest", coalesce(to_json(dg_fuzzy_display(c17.published_earliest, c17.published_latest, c17.published_precision)), '{"$error":4}'::json) as "display"
                                  ) r18
                                ) end) as "published"
                              ) r16
                            ) from source c17 where c17.id = t14.source_id limit 1
                          )), '{"$error":5}'::json) as "source"
                        ) r15
                      ) as l0 from (
                        select q19.*, q19.source_id as sort_0, q19.start_offset as sort_1 from citation q19 where q19.organization_id = c9.id order by q19.source_id, q19.start_offset, q19.id limit ?
                      ) t14
                    ) n13
                  ) a12
                ) z10
              ) as "citations"
            ) r8
          )::text, ',' order by c9.name, c9.id), '') || ']')::json from (
            select c9.* from organization c9 where exists (select 1 from event_organization eo20 where eo20.event_id = t5.id and eo20.organization_id = c9.id) order by c9.name, c9.id limit ?
          ) c9 where true
        ) as "organizations", (
          select row_to_json(z21.*) from (
            select ('[' || coalesce(a22.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n23.cursor order by n23.ord) filter (where n23.ord <= ?)) as cursors, string_agg(n23.l0::text, ',' order by n23.ord) filter (where n23.ord <= ?) as l0 from (
                select row_number() over (order by t24.sort_0, t24.sort_1, t24.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t24.sort_0::text), dg_cursor_value(t24.sort_1::text)]::text[], t24.id) as cursor, (
                  select row_to_json(r25.*) from (
                    select t24.credited_outlet as "creditedOutlet", t24.start_offset as "startOffset", t24.excerpt as "excerpt"
                  ) r25
                ) as l0 from (
                  select q26.*, q26.source_id as sort_0, q26.start_offset as sort_1 from citation q26 where q26.event_id = t5.id order by q26.source_id, q26.start_offset, q26.id limit ?
                ) t24
              ) n23
            ) a22
          ) z21
        ) as "citations"
      ) r1
    ) from event t5 where t5.slug = ? limit 1
  )
)::text
-- values: [3,3,3,"SOURCE_POSITION:ASC",4,20,1,1,"SOURCE_POSITION:ASC",2,"event-1549-1"]
-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", to_char(t2.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "publishedAt"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["generated-article-19"]
