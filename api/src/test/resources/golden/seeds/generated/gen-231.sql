-- search
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges", (
        select row_to_json(r3.*) from (
          select a2.fetched > ? as "hasNextPage", exists (
            select 1 from (
              select d4.*, w5 as tsq, ts_rank_cd(d4.tsv, w5) as score from search_document d4, websearch_to_tsquery('english', ?) w5 where d4.tsv @@ w5
            ) q6 where (q6.kind = any(cast(? as text[]))) and (not (q6.score, q6.id) < (cast(? as real), ?))
          ) as "hasPreviousPage", a2.cursors[1] as "startCursor"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
          select row_number() over (order by t8.sort_0 desc, t8.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
            select row_to_json(r9.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as "cursor"
            ) r9
          ) as l0 from (
            select q6.*, q6.score as sort_0 from (
              select d4.*, w5 as tsq, ts_rank_cd(d4.tsv, w5) as score from search_document d4, websearch_to_tsquery('english', ?) w5 where d4.tsv @@ w5
            ) q6 where (q6.kind = any(cast(? as text[]))) and ((q6.score, q6.id) < (cast(? as real), ?)) order by q6.score desc, q6.id desc limit ?
          ) t8
        ) n7
      ) a2
    ) z1
  )
)::text
-- values: [8,"chips",["PERSON","STATEMENT"],"1.4",1099511627783,8,8,"SCORE:DESC","SCORE:DESC","chips",["PERSON","STATEMENT"],"1.4",1099511627783,9]
-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select a2.value from organization_alias a2 where a2.organization_id = t3.id and a2.kind = 'ALIAS' order by a2.value limit 100)), '{"$error":0}'::json) as "aliases", coalesce(to_json(dg_global_id('Organization', t3.slug)), '{"$error":1}'::json) as "id", (
          select row_to_json(z4.*) from (
            select (
              select count(*) from person q5 where q5.organization_id = t3.id
            ) as "totalCount", (
              select row_to_json(r6.*) from (
                select a7.cursors[1] as "startCursor", a7.fetched > ? as "hasNextPage"
              ) r6
            ) as "pageInfo", ('[' || coalesce(a7.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
                select row_number() over (order by t9.sort_0, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor, (
                  select row_to_json(r10.*) from (
                    select coalesce(to_json((select count(*)::int from (
                      select distinct trim(o11.outlet) collate "C" as outlet from (
                        select cc12.source_id, cc12.credited_outlet, bool_or(cc12.credited_outlet is not null) over (partition by cc12.source_id) as credits from citation cc12 where cc12.person_id = t9.id
                      ) c13 join source s14 on s14.id = c13.source_id cross join lateral unnest(case when c13.credited_outlet is not null then string_to_array(c13.credited_outlet, ',') when c13.credits then array[]::text[] else array[coalesce(s14.publisher, s14.author, '“' || s14.title || '”')] end) as o11(outlet)
                    ) o15)), '{"$error":2}'::json) as "a0", t9.role as "role"
                  ) r10
                ) as l0 from (
                  select q5.*, (lower(q5.name)) collate "C" as sort_0 from person q5 where (q5.organization_id = t3.id) and (((lower(q5.name)) collate "C", q5.id) > (cast(? as text) collate "C", ?)) order by (lower(q5.name)) collate "C", q5.id limit ?
                ) t9
              ) n8
            ) a7
          ) z4
        ) as "people"
      ) r1
    ) from organization t3 where t3.slug = ? limit 1
  )
)::text
-- values: [1,1,1,"NAME:ASC","denise dresser",1,2,"aws"]
