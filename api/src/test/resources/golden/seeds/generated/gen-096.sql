-- search
select (
  (
    select row_to_json(z1.*) from (
      select case when a2.fetched > 0 then array[]::text[] else array(select s3.word from (select distinct on (m4.word) m4.word, w5.at, m4.rank from unnest(cast(? as text[])) with ordinality w5(word, at) cross join lateral (select sw6.word, row_number() over (order by similarity(sw6.word, w5.word) desc, sw6.ndoc desc, sw6.word) as rank from search_word sw6 where sw6.word % w5.word order by similarity(sw6.word, w5.word) desc, sw6.ndoc desc, sw6.word limit 3) m4 where not exists (select 1 from search_word k7 where k7.word = w5.word) order by m4.word, w5.at, m4.rank) s3 order by s3.at, s3.rank) end as "suggestions", ('[' || coalesce(a2.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
          select row_number() over (order by t9.sort_0 desc, t9.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor, (
            select row_to_json(r10.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as "cursor"
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
-- values: [["openai","microsoft"],5,5,"SCORE:DESC","SCORE:DESC","OpenAI -Microsoft",6]
-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.kind as "kind", t2.title as "title", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r3.*) from (
              select c4.description as "description", c4.slug as "slug", coalesce(to_json(dg_global_id('Organization', c4.slug)), '{"$error":0}'::json) as "id"
            ) r3
          )::text, ',' order by c4.name, c4.id), '') || ']')::json from (
            select c4.* from organization c4 where exists (select 1 from event_organization eo5 where eo5.event_id = t2.id and eo5.organization_id = c4.id) order by c4.name, c4.id limit ?
          ) c4 where true
        ) as "organizations"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: [20,"openai-models-on-aws-announced-2026-04"]
