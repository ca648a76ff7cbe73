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
          select distinct trim(o4.outlet) collate "C" as outlet from citation c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o4(outlet) where c5.commitment_id = t2.id
        ) o3 order by 1 limit 100)), '{"$error":1}'::json) as "outlets"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["openai-uses-trainium-for-training"]
