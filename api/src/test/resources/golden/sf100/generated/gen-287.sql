-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select to_char(t2.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "publishedAt", t2.author as "author", t2.title as "title", (
          select row_to_json(z3.*) from (
            select (
              select count(*) from citation q4 where q4.source_id = t2.id
            ) as "totalCount" from (
              select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors from (
                select row_number() over (order by t6.sort_0, t6.sort_1, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text), dg_cursor_value(t6.sort_1::text)]::text[], t6.id) as cursor from (
                  select q4.*, q4.source_id as sort_0, q4.start_offset as sort_1 from citation q4 where (q4.source_id = t2.id) and ((q4.source_id, q4.start_offset, q4.id) > (cast(? as bigint), cast(? as integer), ?)) order by q4.source_id, q4.start_offset, q4.id limit ?
                ) t6
              ) n5
            ) a7
          ) z3
        ) as "citations", (case when t2.published_precision is null then null else (
          select row_to_json(r8.*) from (
            select t2.published_latest as "latest", coalesce(to_json(t2.published_text), '{"$error":0}'::json) as "text", coalesce(to_json(t2.published_precision), '{"$error":1}'::json) as "precision"
          ) r8
        ) end) as "published"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: [2,"SOURCE_POSITION:ASC","10000056","2076",3058,3,"generated-article-72"]
-- organizations
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(array(select a6.value from organization_alias a6 where a6.organization_id = t4.id and a6.kind = 'ALIAS' order by a6.value limit 100)), '{"$error":0}'::json) as "aliases", (
                select (
                  select row_to_json(r7.*) from (
                    select coalesce(to_json(array(select a8.value from organization_alias a8 where a8.organization_id = c9.id and a8.kind = 'ALIAS' order by a8.value limit 100)), '{"$error":1}'::json) as "aliases", c9.description as "description", c9.slug as "slug", (
                      select row_to_json(z10.*) from (
                        select (
                          select count(*) from event q11 where exists (select 1 from event_organization eo12 where eo12.event_id = q11.id and eo12.organization_id = c9.id)
                        ) as "totalCount", (
                          select row_to_json(r13.*) from (
                            select a14.cursors[1] as "startCursor", false as "hasPreviousPage", a14.cursors[array_length(a14.cursors, 1)] as "endCursor", a14.fetched > ? as "hasNextPage"
                          ) r13
                        ) as "pageInfo", ('[' || coalesce(a14.l0, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                            select row_number() over (order by t16.sort_0, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text)]::text[], t16.id) as cursor, (
                              select row_to_json(r17.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text)]::text[], t16.id) as "cursor"
                              ) r17
                            ) as l0 from (
                              select q11.*, coalesce(q11.date_earliest, q11.date_latest, 'infinity'::date) as sort_0 from event q11 where exists (select 1 from event_organization eo12 where eo12.event_id = q11.id and eo12.organization_id = c9.id) order by coalesce(q11.date_earliest, q11.date_latest, 'infinity'::date), q11.id limit ?
                            ) t16
                          ) n15
                        ) a14
                      ) z10
                    ) as "events", (
                      select row_to_json(z18.*) from (
                        select (
                          select row_to_json(r19.*) from (
                            select a20.cursors[1] as "a0", a20.cursors[array_length(a20.cursors, 1)] as "endCursor", exists (
                              select 1 from citation q21 where (q21.organization_id = c9.id) and (not (q21.source_id, q21.start_offset, q21.id) > (cast(? as bigint), cast(? as integer), ?))
                            ) as "hasPreviousPage"
                          ) r19
                        ) as "pageInfo" from (
                          select count(*) as fetched, (array_agg(n22.cursor order by n22.ord) filter (where n22.ord <= ?)) as cursors from (
                            select row_number() over (order by t23.sort_0, t23.sort_1, t23.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t23.sort_0::text), dg_cursor_value(t23.sort_1::text)]::text[], t23.id) as cursor from (
                              select q21.*, q21.source_id as sort_0, q21.start_offset as sort_1 from citation q21 where (q21.organization_id = c9.id) and ((q21.source_id, q21.start_offset, q21.id) > (cast(? as bigint), cast(? as integer), ?)) order by q21.source_id, q21.start_offset, q21.id limit ?
                            ) t23
                          ) n22
                        ) a20
                      ) z18
                    ) as "citations"
                  ) r7
                ) from organization c9 where c9.id = t4.parent_id limit 1
              ) as "parent", (
                select row_to_json(z24.*) from (
                  select (
                    select count(*) from exclusive_term q25 where q25.holder_id = t4.id
                  ) as "a0", ('[' || coalesce(a26.l0, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n27.cursor order by n27.ord) filter (where n27.ord <= ?)) as cursors, string_agg(n27.l0::text, ',' order by n27.ord) filter (where n27.ord <= ?) as l0 from (
                      select row_number() over (order by t28.sort_0, t28.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t28.sort_0::text)]::text[], t28.id) as cursor, (
                        select row_to_json(r29.*) from (
                          select coalesce(to_json(dg_global_id('ExclusivityTerm', t28.slug)), '{"$error":2}'::json) as "id", coalesce(to_json(t28.scope), '{"$error":3}'::json) as "scope", coalesce(to_json((select count(*)::int from (
                            select distinct trim(o30.outlet) collate "C" as outlet from (
                              select cc31.source_id, cc31.credited_outlet, bool_or(cc31.credited_outlet is not null) over (partition by cc31.source_id) as credits from citation cc31 where cc31.exclusivity_term_id = t28.id
                            ) c32 join source s33 on s33.id = c32.source_id cross join lateral unnest(case when c32.credited_outlet is not null then string_to_array(c32.credited_outlet, ',') when c32.credits then array[]::text[] else array[coalesce(s33.publisher, s33.author, '“' || s33.title || '”')] end) as o30(outlet)
                          ) o34)), '{"$error":4}'::json) as "corroboration", coalesce(to_json(t28.slug), '{"$error":5}'::json) as "slug", (case when t28.valid_from_precision is null then null else (
                            select row_to_json(r35.*) from (
                              select coalesce(to_json(t28.valid_from_precision), '{"$error":6}'::json) as "precision"
                            ) r35
                          ) end) as "validFrom"
                        ) r29
                      ) as l0 from (
                        select q25.*, coalesce(q25.valid_from_earliest, q25.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q25 where q25.holder_id = t4.id order by coalesce(q25.valid_from_earliest, q25.valid_from_latest, 'infinity'::date), q25.id limit ?
                      ) t28
                    ) n27
                  ) a26
                ) z24
              ) as "exclusivityHeld"
            ) r5
          ) as l0 from (
            select q36.*, (lower(q36.name)) collate "C" as sort_0 from organization q36 where true order by (lower(q36.name)) collate "C", q36.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"NAME:ASC",3,3,3,"DATE:ASC","DATE:ASC",4,"10000061","2052",327,3,"SOURCE_POSITION:ASC","10000061","2052",327,4,3,3,"VALID_FROM:ASC",4,21]
