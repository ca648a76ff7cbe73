-- organizationByName
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select a2.value from organization_alias a2 where a2.organization_id = t3.id and a2.kind = 'TICKER' order by a2.value limit 100)), '{"$error":0}'::json) as "tickers", coalesce(to_json(dg_global_id('Organization', t3.slug)), '{"$error":1}'::json) as "a1", coalesce(to_json(array(select a4.value from organization_alias a4 where a4.organization_id = t3.id and a4.kind = 'ALIAS' order by a4.value limit 100)), '{"$error":2}'::json) as "aliases", (
          select row_to_json(z5.*) from (
            select (
              select count(*) from citation q6 where q6.organization_id = t3.id
            ) as "totalCount", ('[' || coalesce(a7.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
                select row_number() over (order by t9.sort_0, t9.sort_1, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text), dg_cursor_value(t9.sort_1::text)]::text[], t9.id) as cursor, (
                  select row_to_json(r10.*) from (
                    select t9.start_offset as "startOffset", t9.credited_outlet as "creditedOutlet", t9.excerpt as "excerpt", coalesce(to_json((
                      select (
                        select row_to_json(r11.*) from (
                          select c12.title as "title", c12.publisher as "publisher", (case when c12.published_precision is null then null else (
                            select row_to_json(r13.*) from (
                              select coalesce(to_json(c12.published_text), '{"$error":3}'::json) as "text", coalesce(to_json(dg_fuzzy_display(c12.published_earliest, c12.published_latest, c12.published_precision)), '{"$error":4}'::json) as "display", c12.published_latest as "latest"
                            ) r13
                          ) end) as "published"
                        ) r11
                      ) from source c12 where c12.id = t9.source_id limit 1
                    )), '{"$error":5}'::json) as "source"
                  ) r10
                ) as l0 from (
                  select q6.*, q6.source_id as sort_0, q6.start_offset as sort_1 from citation q6 where (q6.organization_id = t3.id) and ((q6.source_id, q6.start_offset, q6.id) > (cast(? as bigint), cast(? as integer), ?)) order by q6.source_id, q6.start_offset, q6.id limit ?
                ) t9
              ) n8
            ) a7
          ) z5
        ) as "citations"
      ) r1
    ) from organization t3 where lower(t3.name) = lower(?) or exists (select 1 from organization_alias a14 where a14.organization_id = t3.id and lower(a14.value) = lower(?)) order by t3.id limit 1
  )
)::text
-- values: [2,2,"SOURCE_POSITION:ASC","10000076","1567",907,3,"MeridianAnalytics874","MeridianAnalytics874"]
