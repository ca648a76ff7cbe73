-- search
select (
  (
    select row_to_json(z1.*) from (
      select case when a2.fetched > 0 then array[]::text[] else array(select s3.word from (select distinct on (m4.word) m4.word, w5.at, m4.rank from unnest(cast(? as text[])) with ordinality w5(word, at) cross join lateral (select sw6.word, row_number() over (order by similarity(sw6.word, w5.word) desc, sw6.ndoc desc, sw6.word) as rank from search_word sw6 where sw6.word % w5.word order by similarity(sw6.word, w5.word) desc, sw6.ndoc desc, sw6.word limit 3) m4 where not exists (select 1 from search_word k7 where k7.word = w5.word) order by m4.word, w5.at, m4.rank) s3 order by s3.at, s3.rank) end as "suggestions", ('[' || coalesce(a2.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
          select row_number() over (order by t9.sort_0 desc, t9.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor, (
            select row_to_json(r10.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as "a0"
            ) r10
          ) as l0 from (
            select q11.*, q11.score as sort_0 from (
              select d12.*, w13 as tsq, ts_rank_cd(d12.tsv, w13) as score from search_document d12, websearch_to_tsquery('english', ?) w13 where d12.tsv @@ w13
            ) q11 where true order by q11.score desc, q11.id desc limit ?
          ) t9
        ) n8
      ) a2
    ) z1
  )
)::text
-- values: [["trainum"],3,3,"SCORE:DESC","SCORE:DESC","Trainum",4]
-- nodes
select (
  ('[' || coalesce((
    select (
      select row_to_json(r1.*) from (
        select 'Person'::text as "__typename"
      ) r1
    ) from person t2 where t2.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r3.*) from (
        select 'Deal'::text as "__typename", t4.slug as "slug", coalesce(to_json(array(select o5.outlet from (
          select distinct trim(o6.outlet) collate "C" as outlet from (
            select cc7.source_id, cc7.credited_outlet, bool_or(cc7.credited_outlet is not null) over (partition by cc7.source_id) as credits from citation cc7 where cc7.deal_id = t4.id
          ) c8 join source s9 on s9.id = c8.source_id cross join lateral unnest(case when c8.credited_outlet is not null then string_to_array(c8.credited_outlet, ',') when c8.credits then array[]::text[] else array[coalesce(s9.publisher, s9.author, '“' || s9.title || '”')] end) as o6(outlet)
        ) o5 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t4.kind as "kind"
      ) r3
    ) from deal t4 where t4.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r10.*) from (
        select 'Statement'::text as "__typename"
      ) r10
    ) from statement t11 where t11.slug = ? limit 1
  )::text, 'null') || ',' || coalesce((
    select (
      select row_to_json(r12.*) from (
        select 'Organization'::text as "__typename"
      ) r12
    ) from organization t13 where t13.slug = ? limit 1
  )::text, 'null') || ']')::json
)::text
-- values: ["denise-dresser","amazon-openai-stateful-runtime","microsoft-openai-joint-statement-evolve-partnership","microsoft"]
