-- people
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from person q2 where q2.organization_id = (
          select s3.id from organization s3 where s3.slug = ?
        )
      ) as "totalCount", ('[' || coalesce(a4.l0, '') || ']')::json as "nodes", (
        select row_to_json(r5.*) from (
          select a4.cursors[1] as "startCursor", a4.fetched > ? as "hasNextPage", a4.cursors[array_length(a4.cursors, 1)] as "endCursor"
        ) r5
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
          select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
            select row_to_json(r8.*) from (
              select t7.name as "name", coalesce(to_json(dg_global_id('Person', t7.slug)), '{"$error":0}'::json) as "id", coalesce(to_json((select count(*)::int from (
                select distinct trim(o9.outlet) collate "C" as outlet from (
                  select cc10.source_id, cc10.credited_outlet, bool_or(cc10.credited_outlet is not null) over (partition by cc10.source_id) as credits from citation cc10 where cc10.person_id = t7.id
                ) c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') when c11.credits then array[]::text[] else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o9(outlet)
              ) o13)), '{"$error":1}'::json) as "corroboration"
            ) r8
          ) as l0 from (
            select q2.*, (lower(q2.name)) collate "C" as sort_0 from person q2 where (q2.organization_id = (
              select s3.id from organization s3 where s3.slug = ?
            )) and (((lower(q2.name)) collate "C", q2.id) > (cast(? as text) collate "C", ?)) order by (lower(q2.name)) collate "C", q2.id limit ?
          ) t7
        ) n6
      ) a4
    ) z1
  )
)::text
-- values: ["aws",7,7,7,"NAME:ASC","aws","denise dresser",1,8]
