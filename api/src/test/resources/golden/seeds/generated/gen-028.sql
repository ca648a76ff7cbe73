-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(array(select o2.outlet from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.deal_id = t5.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o3(outlet)
        ) o2 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", t5.kind as "kind", coalesce(to_json(dg_global_id('Deal', t5.slug)), '{"$error":1}'::json) as "id", t5.slug as "a3", (
          select row_to_json(z8.*) from (
            select (
              select row_to_json(r9.*) from (
                select a10.cursors[array_length(a10.cursors, 1)] as "endCursor"
              ) r9
            ) as "pageInfo", ('[' || coalesce(a10.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors, string_agg(n11.l0::text, ',' order by n11.ord) filter (where n11.ord <= ?) as l0 from (
                select row_number() over (order by t12.sort_0, t12.sort_1, t12.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text), dg_cursor_value(t12.sort_1::text)]::text[], t12.id) as cursor, (
                  select row_to_json(r13.*) from (
                    select t12.end_offset as "endOffset", t12.credited_outlet as "creditedOutlet", t12.excerpt as "excerpt", t12.start_offset as "startOffset", coalesce(to_json((
                      select (
                        select row_to_json(r14.*) from (
                          select c15.author as "author"
                        ) r14
                      ) from source c15 where c15.id = t12.source_id limit 1
                    )), '{"$error":2}'::json) as "source"
                  ) r13
                ) as l0 from (
                  select q16.*, q16.source_id as sort_0, q16.start_offset as sort_1 from citation q16 where q16.deal_id = t5.id order by q16.source_id, q16.start_offset, q16.id limit ?
                ) t12
              ) n11
            ) a10
          ) z8
        ) as "citations"
      ) r1
    ) from deal t5 where t5.slug = ? limit 1
  )
)::text
-- values: [1,1,"SOURCE_POSITION:ASC",2,"openai-aws-compute-2025"]
