-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.file_name as "fileName", t2.content_sha256 as "contentSha256", (case when t2.published_precision is null then null else (
          select row_to_json(r3.*) from (
            select t2.published_earliest as "earliest", coalesce(to_json(t2.published_precision), '{"$error":0}'::json) as "precision"
          ) r3
        ) end) as "published"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["generated-article-57"]
-- r2
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.author_note as "authorNote", t2.content_sha256 as "contentSha256", (
          select row_to_json(z3.*) from (
            select ('[' || coalesce(a4.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
                select row_number() over (order by t6.sort_0, t6.sort_1, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text), dg_cursor_value(t6.sort_1::text)]::text[], t6.id) as cursor, (
                  select row_to_json(r7.*) from (
                    select t6.credited_outlet as "creditedOutlet", coalesce(to_json((
                      select (
                        select row_to_json(r8.*) from (
                          select c9.file_name as "fileName", coalesce(to_json(dg_global_id('Source', c9.slug)), '{"$error":0}'::json) as "id", c9.title as "title", c9.content_sha256 as "contentSha256"
                        ) r8
                      ) from source c9 where c9.id = t6.source_id limit 1
                    )), '{"$error":1}'::json) as "source"
                  ) r7
                ) as l0 from (
                  select q10.*, q10.source_id as sort_0, q10.start_offset as sort_1 from citation q10 where q10.source_id = t2.id order by q10.source_id, q10.start_offset, q10.id limit ?
                ) t6
              ) n5
            ) a4
          ) z3
        ) as "citations"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: [2,2,"SOURCE_POSITION:ASC",3,"generated-article-14"]
-- conflicts
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(t4.claim_group), '{"$error":0}'::json) as "key"
            ) r5
          ) as l0 from (
            select q6.*, (q6.claim_group) collate "C" as sort_0 from (
              select min(c7.id) as id, c7.claim_group from commitment c7 where c7.claim_group is not null group by c7.claim_group having count(distinct (c7.amount, c7.unit, c7.currency, c7.count_of, c7.qualifier, c7.modality, c7.committer_id, c7.recipient_id)) > 1 or exists (select 1 from commitment ca8 join commitment cb9 on cb9.claim_group = ca8.claim_group where ca8.claim_group = c7.claim_group and ca8.date_latest < cb9.date_earliest)
            ) q6 where true order by (q6.claim_group) collate "C", q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"CLAIM_GROUP:ASC",21]
