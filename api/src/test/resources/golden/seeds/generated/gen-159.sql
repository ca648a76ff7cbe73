-- r1
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((coalesce(t2.claim_preferred, false) or t2.claim_group is null)), '{"$error":0}'::json) as "preferred", (
          select (
            select row_to_json(r3.*) from (
              select c4.summary as "summary", coalesce(to_json(dg_global_id('Deal', c4.slug)), '{"$error":1}'::json) as "id"
            ) r3
          ) from deal c4 where c4.id = t2.deal_id limit 1
        ) as "deal", coalesce(to_json((
          select (
            select row_to_json(r5.*) from (
              select c6.kind as "kind", c6.description as "description", (
                select (
                  select row_to_json(r7.*) from (
                    select c8.kind as "kind"
                  ) r7
                ) from organization c8 where c8.id = c6.parent_id limit 1
              ) as "parent", (
                select row_to_json(z9.*) from (
                  select (
                    select row_to_json(r10.*) from (
                      select a11.cursors[array_length(a11.cursors, 1)] as "endCursor", a11.fetched > ? as "hasNextPage", false as "hasPreviousPage", a11.cursors[1] as "startCursor"
                    ) r10
                  ) as "pageInfo" from (
                    select count(*) as fetched, (array_agg(n12.cursor order by n12.ord) filter (where n12.ord <= ?)) as cursors from (
                      select row_number() over (order by t13.sort_0, t13.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t13.sort_0::text)]::text[], t13.id) as cursor from (
                        select q14.*, coalesce(q14.announced_earliest, q14.announced_latest, 'infinity'::date) as sort_0 from deal q14 where (exists (select 1 from deal_party p15 where p15.deal_id = q14.id and p15.organization_id = c6.id)) and (exists (select 1 from deal_party p16 where p16.deal_id = q14.id and p16.organization_id = c6.id and p16.role = ?)) order by coalesce(q14.announced_earliest, q14.announced_latest, 'infinity'::date), q14.id limit ?
                      ) t13
                    ) n12
                  ) a11
                ) z9
              ) as "deals"
            ) r5
          ) from organization c6 where c6.id = t2.committer_id limit 1
        )), '{"$error":2}'::json) as "committer"
      ) r1
    ) from commitment t2 where t2.slug = ? limit 1
  )
)::text
-- values: [1,1,"ANNOUNCED:ASC","INVESTOR",2,"openai-uses-trainium-for-training"]
-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.title as "title", coalesce(to_json(array(select o3.outlet from (
          select distinct trim(o4.outlet) collate "C" as outlet from (
            select cc5.source_id, cc5.credited_outlet, bool_or(cc5.credited_outlet is not null) over (partition by cc5.source_id) as credits from citation cc5 where cc5.event_id = t2.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o4(outlet)
        ) o3 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", (
          select row_to_json(z8.*) from (
            select (
              select count(*) from citation q9 where q9.event_id = t2.id
            ) as "totalCount", ('[' || coalesce(a10.l0, '') || ']')::json as "nodes", ('[' || coalesce(a10.l1, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors, string_agg(n11.l0::text, ',' order by n11.ord) filter (where n11.ord <= ?) as l0, string_agg(n11.l1::text, ',' order by n11.ord) filter (where n11.ord <= ?) as l1 from (
                select row_number() over (order by t12.sort_0, t12.sort_1, t12.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text), dg_cursor_value(t12.sort_1::text)]::text[], t12.id) as cursor, (
                  select row_to_json(r13.*) from (
                    select t12.credited_outlet as "creditedOutlet", t12.end_offset as "endOffset", t12.excerpt as "excerpt", t12.start_offset as "startOffset", coalesce(to_json((
                      select (
                        select row_to_json(r14.*) from (
                          select c15.title as "title", to_char(c15.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "publishedAt", c15.content_sha256 as "contentSha256", c15.publisher as "publisher"
                        ) r14
                      ) from source c15 where c15.id = t12.source_id limit 1
                    )), '{"$error":1}'::json) as "source"
                  ) r13
                ) as l0, (
                  select row_to_json(r16.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text), dg_cursor_value(t12.sort_1::text)]::text[], t12.id) as "cursor", (
                      select row_to_json(r17.*) from (
                        select t12.credited_outlet as "creditedOutlet", t12.start_offset as "startOffset"
                      ) r17
                    ) as "node"
                  ) r16
                ) as l1 from (
                  select q9.*, q9.source_id as sort_0, q9.start_offset as sort_1 from citation q9 where q9.event_id = t2.id order by q9.source_id, q9.start_offset, q9.id limit ?
                ) t12
              ) n11
            ) a10
          ) z8
        ) as "citations", (
          select row_to_json(z18.*) from (
            select ('[' || coalesce(a19.l0, '') || ']')::json as "edges", (
              select row_to_json(r20.*) from (
                select a19.cursors[1] as "startCursor", a19.cursors[array_length(a19.cursors, 1)] as "endCursor"
              ) r20
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n21.cursor order by n21.ord) filter (where n21.ord <= ?)) as cursors, string_agg(n21.l0::text, ',' order by n21.ord) filter (where n21.ord <= ?) as l0 from (
                select row_number() over (order by t22.sort_0, t22.sort_1, t22.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t22.sort_0::text), dg_cursor_value(t22.sort_1::text)]::text[], t22.id) as cursor, (
                  select row_to_json(r23.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t22.sort_0::text), dg_cursor_value(t22.sort_1::text)]::text[], t22.id) as "cursor"
                  ) r23
                ) as l0 from (
                  select q24.*, q24.source_id as sort_0, q24.start_offset as sort_1 from citation q24 where q24.event_id = t2.id order by q24.source_id, q24.start_offset, q24.id limit ?
                ) t22
              ) n21
            ) a19
          ) z18
        ) as "again3"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: [1,1,1,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",2,1,1,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",2,"openai-revenue-chief-memo-reported-2026-04-13"]
-- r3
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(coalesce((
          select in_force(cast(? as date), x2.start_earliest, x2.start_latest, x2.start_precision, x2.end_earliest, x2.end_latest, x2.end_precision) from commitment_timing x2 where x2.commitment_id = t3.id
        ), 'UNKNOWN')), '{"$error":0}'::json) as "a0"
      ) r1
    ) from commitment t3 where t3.slug = ? limit 1
  )
)::text
-- values: ["2015-06-30","amazon-invests-50b-in-openai-announced"]
