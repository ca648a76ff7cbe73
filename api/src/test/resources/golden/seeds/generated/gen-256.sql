-- search
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select d2.*, w3 as tsq, ts_rank_cd(d2.tsv, w3) as score from search_document d2, websearch_to_tsquery('english', ?) w3 where d2.tsv @@ w3
        ) q4 where q4.kind = any(cast(? as text[]))
      ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "edges", (
        select row_to_json(r6.*) from (
          select a5.fetched > ? as "hasNextPage", a5.cursors[1] as "startCursor"
        ) r6
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
          select row_number() over (order by t8.sort_0 desc, t8.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
            select row_to_json(r9.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as "a0"
            ) r9
          ) as l0 from (
            select q4.*, q4.score as sort_0 from (
              select d2.*, w3 as tsq, ts_rank_cd(d2.tsv, w3) as score from search_document d2, websearch_to_tsquery('english', ?) w3 where d2.tsv @@ w3
            ) q4 where q4.kind = any(cast(? as text[])) order by q4.score desc, q4.id desc limit ?
          ) t8
        ) n7
      ) a5
    ) z1
  )
)::text
-- values: ["restructuring",["EVENT","EXCLUSIVITY_TERM"],2,2,2,"SCORE:DESC","SCORE:DESC","restructuring",["EVENT","EXCLUSIVITY_TERM"],3]
-- r2
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Organization', t2.slug)), '{"$error":0}'::json) as "id"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["stargate"]
-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", coalesce(to_json(array(select o3.outlet from (
          select distinct trim(o4.outlet) collate "C" as outlet from (
            select cc5.source_id, cc5.credited_outlet, bool_or(cc5.credited_outlet is not null) over (partition by cc5.source_id) as credits from citation cc5 where cc5.deal_id = t2.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o4(outlet)
        ) o3 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t2.title as "title"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["openai-aws-compute-2025"]
