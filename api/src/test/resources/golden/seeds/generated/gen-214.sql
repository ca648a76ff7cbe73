-- source
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.author_note as "authorNote", to_char(t2.published_local_time, 'HH24:MI:SS') as "publishedLocalTime", (
          select row_to_json(z3.*) from (
            select (
              select count(*) from citation q4 where q4.source_id = t2.id
            ) as "totalCount", (
              select row_to_json(r5.*) from (
                select a6.fetched > ? as "hasNextPage"
              ) r5
            ) as "pageInfo", ('[' || coalesce(a6.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
                select row_number() over (order by t8.sort_0, t8.sort_1, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text), dg_cursor_value(t8.sort_1::text)]::text[], t8.id) as cursor, (
                  select row_to_json(r9.*) from (
                    select t8.end_offset as "endOffset", t8.credited_outlet as "creditedOutlet", t8.excerpt as "excerpt", coalesce(to_json((
                      select (
                        select row_to_json(r10.*) from (
                          select to_char(c11.published_local_time, 'HH24:MI:SS') as "publishedLocalTime", c11.title as "title", (
                            select row_to_json(z12.*) from (
                              select ('[' || coalesce(a13.l0, '') || ']')::json as "nodes" from (
                                select count(*) as fetched, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors, string_agg(n14.l0::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l0 from (
                                  select row_number() over (order by t15.sort_0, t15.sort_1, t15.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text), dg_cursor_value(t15.sort_1::text)]::text[], t15.id) as cursor, (
                                    select row_to_json(r16.*) from (
                                      select t15.end_offset as "endOffset", t15.excerpt as "excerpt", t15.credited_outlet as "creditedOutlet", t15.start_offset as "startOffset"
                                    ) r16
                                  ) as l0 from (
                                    select q17.*, q17.source_id as sort_0, q17.start_offset as sort_1 from citation q17 where q17.source_id = c11.id order by q17.source_id, q17.start_offset, q17.id limit ?
                                  ) t15
                                ) n14
                              ) a13
                            ) z12
                          ) as "citations", (case when c11.published_precision is null then null else (
                            select row_to_json(r18.*) from (
                              select coalesce(to_json(dg_fuzzy_display(c11.published_earliest, c11.published_latest, c11.published_precision)), '{"$error":0}'::json) as "display", coalesce(to_json(c11.published_precision), '{"$error":1}'::json) as "a1", c11.published_earliest as "earliest", coalesce(to_json(c11.published_text), '{"$error":2}'::json) as "text"
                            ) r18
                          ) end) as "published"
                        ) r10
                      ) from source c11 where c11.id = t8.source_id limit 1
                    )), '{"$error":3}'::json) as "source"
                  ) r9
                ) as l0 from (
                  select q4.*, q4.source_id as sort_0, q4.start_offset as sort_1 from citation q4 where q4.source_id = t2.id order by q4.source_id, q4.start_offset, q4.id limit ?
                ) t8
              ) n7
            ) a6
          ) z3
        ) as "citations"
      ) r1
    ) from source t2 where t2.slug = ? limit 1
  )
)::text
-- values: [1,1,1,"SOURCE_POSITION:ASC",3,3,"SOURCE_POSITION:ASC",4,2,"openai-shifts-aggressively-toward-amazon-2026-04-30"]
-- deals
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from deal q2 join deal_timing x3 on x3.deal_id = q2.id where in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE'
      ) as "totalCount", ('[' || coalesce(a4.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select t6.kind as "kind", coalesce(to_json(array(select o8.outlet from (
                select distinct trim(o9.outlet) collate "C" as outlet from (
                  select cc10.source_id, cc10.credited_outlet, bool_or(cc10.credited_outlet is not null) over (partition by cc10.source_id) as credits from citation cc10 where cc10.deal_id = t6.id
                ) c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') when c11.credits then array[]::text[] else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o9(outlet)
              ) o8 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", coalesce(to_json(dg_global_id('Deal', t6.slug)), '{"$error":1}'::json) as "id", (case when t6.announced_precision is null then null else (
                select row_to_json(r13.*) from (
                  select coalesce(to_json(t6.announced_precision), '{"$error":2}'::json) as "precision", coalesce(to_json(dg_fuzzy_display(t6.announced_earliest, t6.announced_latest, t6.announced_precision)), '{"$error":3}'::json) as "display", t6.announced_earliest as "a2", coalesce(to_json(t6.announced_text), '{"$error":4}'::json) as "text"
                ) r13
              ) end) as "announced", (
                select row_to_json(z14.*) from (
                  select (
                    select count(*) from deal q15 where q15.parent_id = t6.id
                  ) as "totalCount", ('[' || coalesce(a16.l0, '') || ']')::json as "edges", ('[' || coalesce(a16.l1, '') || ']')::json as "nodes" from (
                    select count(*) as fetched, (array_agg(n17.cursor order by n17.ord) filter (where n17.ord <= ?)) as cursors, string_agg(n17.l0::text, ',' order by n17.ord) filter (where n17.ord <= ?) as l0, string_agg(n17.l1::text, ',' order by n17.ord) filter (where n17.ord <= ?) as l1 from (
                      select row_number() over (order by t18.sort_0, t18.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t18.sort_0::text)]::text[], t18.id) as cursor, (
                        select row_to_json(r19.*) from (
                          select null::text as "inForce", dg_cursor(cast(? as text), array[dg_cursor_value(t18.sort_0::text)]::text[], t18.id) as "cursor"
                        ) r19
                      ) as l0, (
                        select row_to_json(r20.*) from (
                          select coalesce(to_json(coalesce((
                            select in_force(cast(? as date), x21.start_earliest, x21.start_latest, x21.start_precision, x21.end_earliest, x21.end_latest, x21.end_precision) from deal_timing x21 where x21.deal_id = t18.id
                          ), 'UNKNOWN')), '{"$error":5}'::json) as "inForce", t18.slug as "slug"
                        ) r20
                      ) as l1 from (
                        select q15.*, coalesce(q15.announced_earliest, q15.announced_latest, 'infinity'::date) as sort_0 from deal q15 where q15.parent_id = t6.id order by coalesce(q15.announced_earliest, q15.announced_latest, 'infinity'::date), q15.id limit ?
                      ) t18
                    ) n17
                  ) a16
                ) z14
              ) as "subDeals"
            ) r7
          ) as l0 from (
            select q2.*, coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) as in_force from deal q2 join deal_timing x3 on x3.deal_id = q2.id where in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE' order by coalesce(q2.announced_earliest, q2.announced_latest, 'infinity'::date), q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: ["2027-01-04",3,3,"ANNOUNCED:ASC",1,1,1,"ANNOUNCED:ASC","ANNOUNCED:ASC","2015-06-30",2,"2027-01-04","2027-01-04",4]
