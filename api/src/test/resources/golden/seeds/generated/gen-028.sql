-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.deal_id = t6.id
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t6.kind as "kind", coalesce(to_json(dg_global_id('Deal', t6.slug)), '{"$error":1}'::json) as "id", t6.slug as "a3", (
          select row_to_json(z7.*) from (
            select (
              select row_to_json(r8.*) from (
                select a9.cursors[array_length(a9.cursors, 1)] as "endCursor"
              ) r8
            ) as "pageInfo", ('[' || coalesce(a9.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors, string_agg(n10.l0::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l0 from (
                select row_number() over (order by t11.sort_0, t11.sort_1, t11.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text), dg_cursor_value(t11.sort_1::text)]::text[], t11.id) as cursor, (
                  select row_to_json(r12.*) from (
                    select t11.end_offset as "endOffset", t11.credited_outlet as "creditedOutlet", t11.excerpt as "excerpt", t11.start_offset as "startOffset", coalesce(to_json((
                      select (
                        select row_to_json(r13.*) from (
                          select c14.author as "author"
                        ) r13
                      ) from source c14 where c14.id = t11.source_id limit 1
                    )), '{"$error":2}'::json) as "source"
                  ) r12
                ) as l0 from (
                  select q15.*, q15.source_id as sort_0, q15.start_offset as sort_1 from citation q15 where q15.deal_id = t6.id order by q15.source_id, q15.start_offset, q15.id limit ?
                ) t11
              ) n10
            ) a9
          ) z7
        ) as "citations"
      ) r1
    ) from deal t6 where t6.slug = ? limit 1
  )
)::text
-- values: [1,1,"SOURCE_POSITION:ASC",2,"openai-aws-compute-2025"]
