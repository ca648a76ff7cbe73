-- sources
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges", ('[' || coalesce(a2.l1, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0, string_agg(n3.l1::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l1 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", (
                select row_to_json(r6.*) from (
                  select t4.content_sha256 as "contentSha256", to_char(t4.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "publishedAt", coalesce(to_json(dg_global_id('Source', t4.slug)), '{"$error":0}'::json) as "id", (case when t4.published_precision is null then null else (
                    select row_to_json(r7.*) from (
                      select coalesce(to_json(t4.published_precision), '{"$error":1}'::json) as "precision", t4.published_earliest as "earliest", t4.published_latest as "latest"
                    ) r7
                  ) end) as "published"
                ) r6
              ) as "node"
            ) r5
          ) as l0, (
            select row_to_json(r8.*) from (
              select t4.url as "url", t4.file_name as "fileName", (case when t4.published_precision is null then null else (
                select row_to_json(r9.*) from (
                  select t4.published_latest as "latest", coalesce(to_json(t4.published_precision), '{"$error":2}'::json) as "precision"
                ) r9
              ) end) as "published"
            ) r8
          ) as l1 from (
            select q10.*, (lower(q10.title)) collate "C" as sort_0 from source q10 where true order by (lower(q10.title)) collate "C", q10.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [6,6,6,"TITLE:ASC","TITLE:ASC",7]
