-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Commitment', t2.slug)), '{"$error":0}'::json) as "a0", t2.kind as "kind"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["openai-continues-increasing-azure-use-2025-01"]
-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from (
            select cc3.source_id, cc3.credited_outlet, bool_or(cc3.credited_outlet is not null) over (partition by cc3.source_id) as credits from citation cc3 where cc3.exclusivity_term_id = t4.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o2(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(t4.scope), '{"$error":1}'::json) as "scope", coalesce(to_json(t4.status), '{"$error":2}'::json) as "status"
      ) r1
    ) from exclusive_term t4 where t4.slug = ? limit 1
  )
)::text
-- values: ["azure-exclusive-cloud-for-stateless-openai-apis"]
-- search
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select d2.*, w3 as tsq, ts_rank_cd(d2.tsv, w3) as score from search_document d2, websearch_to_tsquery('english', ?) w3 where d2.tsv @@ w3
        ) q4 where true
      ) as "totalCount", (
        select row_to_json(r5.*) from (
          select false as "hasPreviousPage"
        ) r5
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors from (
          select row_number() over (order by t7.sort_0 desc, t7.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor from (
            select q4.*, q4.score as sort_0 from (
              select d2.*, w3 as tsq, ts_rank_cd(d2.tsv, w3) as score from search_document d2, websearch_to_tsquery('english', ?) w3 where d2.tsv @@ w3
            ) q4 where true order by q4.score desc, q4.id desc limit ?
          ) t7
        ) n6
      ) a8
    ) z1
  )
)::text
-- values: ["Bedrock",20,"SCORE:DESC","Bedrock",21]
