-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.title as "title", t2.author_note as "authorNote", to_char(t2.published_local_time, 'HH24:MI:SS') as "publishedLocalTime", (case when t2.published_precision is null then null else (
          select row_to_json(r3.*) from (
            select t2.published_latest as "latest", coalesce(to_json(t2.published_precision), '{"$error":0}'::json) as "precision", coalesce(to_json(t2.published_text), '{"$error":1}'::json) as "text", t2.published_earliest as "earliest"
          ) r3
        ) end) as "published"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["openai-shifts-aggressively-toward-amazon-2026-04-30"]
-- commitment
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.claim_group as "claimGroup", t2.description as "description", coalesce(to_json((coalesce(t2.claim_preferred, false) or t2.claim_group is null)), '{"$error":0}'::json) as "preferred", coalesce(to_json(array(select o3.outlet from (
          select distinct trim(o4.outlet) collate "C" as outlet from (
            select cc5.source_id, cc5.credited_outlet, bool_or(cc5.credited_outlet is not null) over (partition by cc5.source_id) as credits from citation cc5 where cc5.commitment_id = t2.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o4(outlet)
        ) o3 order by 1 limit 100)), '{"$error":1}'::json) as "outlets"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["openai-uses-trainium-for-training"]
