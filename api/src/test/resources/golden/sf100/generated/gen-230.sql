-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.content_sha256 as "contentSha256", t2.title as "title", t2.author as "author", to_char(t2.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "publishedAt"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["generated-article-40"]
