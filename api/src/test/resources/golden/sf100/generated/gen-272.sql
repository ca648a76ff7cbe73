-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.name as "name", coalesce(to_json(dg_global_id('Organization', t2.slug)), '{"$error":0}'::json) as "id", t2.description as "a2", (
          select row_to_json(z3.*) from (
            select ('[' || coalesce(a4.l0, '') || ']')::json as "edges", (
              select row_to_json(r5.*) from (
                select a4.cursors[array_length(a4.cursors, 1)] as "endCursor", a4.cursors[1] as "startCursor", false as "hasPreviousPage", a4.fetched > ? as "hasNextPage"
              ) r5
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
                select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
                  select row_to_json(r8.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as "cursor"
                  ) r8
                ) as l0 from (
                  select q9.*, coalesce(q9.date_earliest, q9.date_latest, 'infinity'::date) as sort_0 from event q9 where exists (select 1 from event_organization eo10 where eo10.event_id = q9.id and eo10.organization_id = t2.id) order by coalesce(q9.date_earliest, q9.date_latest, 'infinity'::date), q9.id limit ?
                ) t7
              ) n6
            ) a4
          ) z3
        ) as "events"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: [1,1,1,"DATE:ASC","DATE:ASC",2,"meridian-data-775"]
-- r2
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.content_sha256 as "contentSha256", t2.title as "title", t2.publisher as "publisher", t2.slug as "slug", (case when t2.published_precision is null then null else (
          select row_to_json(r3.*) from (
            select t2.published_earliest as "earliest", coalesce(to_json(dg_fuzzy_display(t2.published_earliest, t2.published_latest, t2.published_precision)), '{"$error":0}'::json) as "display", t2.published_latest as "latest", coalesce(to_json(t2.published_text), '{"$error":1}'::json) as "text"
          ) r3
        ) end) as "published", (
          select row_to_json(z4.*) from (
            select (
              select row_to_json(r5.*) from (
                select a6.cursors[1] as "startCursor"
              ) r5
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors from (
                select row_number() over (order by t8.sort_0, t8.sort_1, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text), dg_cursor_value(t8.sort_1::text)]::text[], t8.id) as cursor from (
                  select q9.*, q9.source_id as sort_0, q9.start_offset as sort_1 from citation q9 where q9.source_id = t2.id order by q9.source_id, q9.start_offset, q9.id limit ?
                ) t8
              ) n7
            ) a6
          ) z4
        ) as "citations"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: [2,"SOURCE_POSITION:ASC",3,"generated-article-100"]
