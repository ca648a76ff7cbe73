-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.event_id = t6.id
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", coalesce(to_json(dg_global_id('Event', t6.slug)), '{"$error":1}'::json) as "id", t6.kind as "kind", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r7.*) from (
              select coalesce(to_json(dg_global_id('Organization', c8.slug)), '{"$error":2}'::json) as "id", c8.description as "description", c8.kind as "kind", (
                select row_to_json(z9.*) from (
                  select (
                    select row_to_json(r10.*) from (
                      select a11.fetched > ? as "hasNextPage"
                    ) r10
                  ) as "pageInfo", ('[' || coalesce(a11.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n12.cursor order by n12.ord) filter (where n12.ord <= ?)) as cursors, string_agg(n12.l0::text, ',' order by n12.ord) filter (where n12.ord <= ?) as l0 from (
                      select row_number() over (order by t13.sort_0, t13.sort_1, t13.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t13.sort_0::text), dg_cursor_value(t13.sort_1::text)]::text[], t13.id) as cursor, (
                        select row_to_json(r14.*) from (
                          select t13.start_offset as "startOffset", t13.end_offset as "endOffset", t13.excerpt as "excerpt", t13.credited_outlet as "creditedOutlet", coalesce(to_json((
                            select (
                              select row_to_json(r15.*) from (
                                select c16.file_name as "fileName", c16.title as "title", (case when c16.published_precision is null then null else (
                                  select row_to_json(r17.*) from (
                                    select coalesce(to_json(c16.published_text), '{"$error":3}'::json) as "text", c16.published_earliest as "earliest", coalesce(to_json(dg_fuzzy_display(c16.published_earliest, c16.published_latest, c16.published_precision)), '{"$error":4}'::json) as "display"
                                  ) r17
                                ) end) as "published"
                              ) r15
                            ) from source c16 where c16.id = t13.source_id limit 1
                          )), '{"$error":5}'::json) as "source"
                        ) r14
                      ) as l0 from (
                        select q18.*, q18.source_id as sort_0, q18.start_offset as sort_1 from citation q18 where q18.organization_id = c8.id order by q18.source_id, q18.start_offset, q18.id limit ?
                      ) t13
                    ) n12
                  ) a11
                ) z9
              ) as "citations"
            ) r7
          )::text, ',' order by c8.name, c8.id), '') || ']')::json from (
            select c8.* from organization c8 where exists (select 1 from event_organization eo19 where eo19.event_id = t6.id and eo19.organization_id = c8.id) order by c8.name, c8.id limit ?
          ) c8 where true
        ) as "organizations", (
          select row_to_json(z20.*) from (
            select ('[' || coalesce(a21.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n22.cursor order by n22.ord) filter (where n22.ord <= ?)) as cursors, string_agg(n22.l0::text, ',' order by n22.ord) filter (where n22.ord <= ?) as l0 from (
                select row_number() over (order by t23.sort_0, t23.sort_1, t23.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t23.sort_0::text), dg_cursor_value(t23.sort_1::text)]::text[], t23.id) as cursor, (
                  select row_to_json(r24.*) from (
                    select t23.credited_outlet as "creditedOutlet", t23.start_offset as "startOffset", t23.excerpt as "excerpt"
                  ) r24
                ) as l0 from (
                  select q25.*, q25.source_id as sort_0, q25.start_offset as sort_1 from citation q25 where q25.event_id = t6.id order by q25.source_id, q25.start_offset, q25.id limit ?
                ) t23
              ) n22
            ) a21
          ) z20
        ) as "citations"
      ) r1
    ) from event t6 where t6.slug = ? limit 1
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
