-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.quote as "quote", t2.slug as "slug", t2.channel as "channel", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.statement_id = t2.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o3(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", (
          select (
            select row_to_json(r8.*) from (
              select coalesce(to_json(array(select o9.outlet from (
                select distinct trim(o10.outlet) collate "C" as outlet from (
                  select cc11.source_id, cc11.credited_outlet, bool_or(cc11.credited_outlet is not null) over (partition by cc11.source_id) as credits from citation cc11 where cc11.deal_id = c12.id
                ) c13 join source s14 on s14.id = c13.source_id cross join lateral unnest(case when c13.credited_outlet is not null then string_to_array(c13.credited_outlet, ',') when c13.credits then array[]::text[] else array[coalesce(s14.publisher, s14.author, '“' || s14.title || '”')] end) as o10(outlet)
              ) o9 order by 1 limit 100)), '{"$error":1}'::json) as "outlets", coalesce(to_json(dg_global_id('Deal', c12.slug)), '{"$error":2}'::json) as "id", c12.kind as "kind"
            ) r8
          ) from deal c12 where c12.id = t2.deal_id limit 1
        ) as "deal", (
          select row_to_json(z15.*) from (
            select ('[' || coalesce(a16.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n17.cursor order by n17.ord) filter (where n17.ord <= ?)) as cursors, string_agg(n17.l0::text, ',' order by n17.ord) filter (where n17.ord <= ?) as l0 from (
                select row_number() over (order by t18.sort_0, t18.sort_1, t18.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t18.sort_0::text), dg_cursor_value(t18.sort_1::text)]::text[], t18.id) as cursor, (
                  select row_to_json(r19.*) from (
                    select t18.credited_outlet as "creditedOutlet", t18.start_offset as "startOffset", t18.end_offset as "endOffset", t18.excerpt as "excerpt", coalesce(to_json((
                      select (
                        select row_to_json(r20.*) from (
                          select c21.author_note as "authorNote"
                        ) r20
                      ) from source c21 where c21.id = t18.source_id limit 1
                    )), '{"$error":3}'::json) as "source"
                  ) r19
                ) as l0 from (
                  select q22.*, q22.source_id as sort_0, q22.start_offset as sort_1 from citation q22 where (q22.statement_id = t2.id) and ((q22.source_id, q22.start_offset, q22.id) > (cast(? as bigint), cast(? as integer), ?)) order by q22.source_id, q22.start_offset, q22.id limit ?
                ) t18
              ) n17
            ) a16
          ) z15
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
