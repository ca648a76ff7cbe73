-- node
select (
  (
    select (
      select row_to_json(r1.*) from (
        select 'Organization'::text as "__typename", coalesce(to_json(dg_global_id('Organization', t2.slug)), '{"$error":0}'::json) as "id", t2.kind as "kind", t2.slug as "slug", coalesce(to_json(array(select a3.value from organization_alias a3 where a3.organization_id = t2.id and a3.kind = 'ALIAS' order by a3.value limit 100)), '{"$error":1}'::json) as "aliases", (
          select row_to_json(z4.*) from (
            select (
              select count(*) from citation q5 where q5.organization_id = t2.id
            ) as "totalCount", (
              select row_to_json(r6.*) from (
                select false as "hasPreviousPage", a7.cursors[1] as "startCursor", a7.fetched > ? as "hasNextPage", a7.cursors[array_length(a7.cursors, 1)] as "endCursor"
              ) r6
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors from (
                select row_number() over (order by t9.sort_0, t9.sort_1, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text), dg_cursor_value(t9.sort_1::text)]::text[], t9.id) as cursor from (
                  select q5.*, q5.source_id as sort_0, q5.start_offset as sort_1 from citation q5 where q5.organization_id = t2.id order by q5.source_id, q5.start_offset, q5.id limit ?
                ) t9
              ) n8
            ) a7
          ) z4
        ) as "citations"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: [1,1,"SOURCE_POSITION:ASC",2,"lumen-cloud-706"]
