-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.quote as "quote", t2.slug as "slug", t2.channel as "channel", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.statement_id = t2.id
        ) o6)), '{"$error":0}'::json) as "corroboration", (
          select (
            select row_to_json(r7.*) from (
              select coalesce(to_json(array(select o8.outlet from (
                select distinct trim(o9.outlet) collate "C" as outlet from citation c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o9(outlet) where c10.deal_id = c12.id
              ) o8 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", coalesce(to_json(dg_global_id('Deal', c12.slug)), '{"$error":2}'::json) as "id", c12.kind as "kind"
            ) r7
          ) from deal c12 where c12.id = t2.deal_id limit 1
        ) as "deal", (
          select row_to_json(z13.*) from (
            select ('[' || coalesce(a14.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                select row_number() over (order by t16.sort_0, t16.sort_1, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text), dg_cursor_value(t16.sort_1::text)]::text[], t16.id) as cursor, (
                  select row_to_json(r17.*) from (
                    select t16.credited_outlet as "creditedOutlet", t16.start_offset as "startOffset", t16.end_offset as "endOffset", t16.excerpt as "excerpt", coalesce(to_json((
                      select (
                        select row_to_json(r18.*) from (
                          select c19.author_note as "authorNote"
                        ) r18
                      ) from source c19 where c19.id = t16.source_id limit 1
                    )), '{"$error":3}'::json) as "source"
                  ) r17
                ) as l0 from (
                  select q20.*, q20.source_id as sort_0, q20.start_offset as sort_1 from citation q20 where (q20.statement_id = t2.id) and ((q20.source_id, q20.start_offset, q20.id) > (cast(? as bigint), cast(? as integer), ?)) order by q20.source_id, q20.start_offset, q20.id limit ?
                ) t16
              ) n15
            ) a14
          ) z13
        ) as "citations"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: [1,1,"SOURCE_POSITION:ASC","2","1151",75,2,"dresser-remarks-benefits-of-work-with-amazon"]
-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 join commitment_timing x3 on x3.commitment_id = q2.id where in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE'
      ) as "totalCount", (
        select row_to_json(r4.*) from (
          select a5.cursors[1] as "startCursor"
        ) r4
      ) as "pageInfo", ('[' || coalesce(a5.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
          select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
            select row_to_json(r8.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as "cursor", (
                select row_to_json(r9.*) from (
                  select t7.claim_group as "claimGroup", t7.modality as "modality", t7.horizon as "horizon", t7.kind as "kind"
                ) r9
              ) as "node"
            ) r8
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) as in_force from commitment q2 join commitment_timing x3 on x3.commitment_id = q2.id where in_force(cast(? as date), x3.start_earliest, x3.start_latest, x3.start_precision, x3.end_earliest, x3.end_latest, x3.end_precision) <> 'FALSE' order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t7
        ) n6
      ) a5
    ) z1
  )
)::text
-- values: ["2031-01-02",20,20,"DATE:ASC","DATE:ASC","2031-01-02","2031-01-02",21]
