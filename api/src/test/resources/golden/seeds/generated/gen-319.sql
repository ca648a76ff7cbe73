-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", coalesce(to_json(dg_global_id('Statement', t2.slug)), '{"$error":0}'::json) as "id", (
          select (
            select row_to_json(r3.*) from (
              select c4.slug as "slug", c4.title as "title", coalesce(to_json(dg_global_id('Deal', c4.slug)), '{"$error":1}'::json) as "id", c4.summary as "summary", (
                select row_to_json(z5.*) from (
                  select coalesce(a6.dg_total_count, 0) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "nodes", ('[' || coalesce(a6.l1, '') || ']')::json as "edges" from (
                    select count(*) as fetched, max(n7.dg_total_count) as dg_total_count, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0, string_agg(n7.l1::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l1 from (
                      select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, t8.dg_total_count as dg_total_count, (
                        select row_to_json(r9.*) from (
                          select t8.amount_text as "amountText", coalesce(to_json((select count(*)::int from (
                            select distinct trim(o10.outlet) collate "C" as outlet from (
                              select cc11.source_id, cc11.credited_outlet, bool_or(cc11.credited_outlet is not null) over (partition by cc11.source_id) as credits from citation cc11 where cc11.commitment_id = t8.id
                            ) c12 join source s13 on s13.id = c12.source_id cross join lateral unnest(case when c12.credited_outlet is not null then string_to_array(c12.credited_outlet, ',') when c12.credits then array[]::text[] else array[coalesce(s13.publisher, s13.author, '“' || s13.title || '”')] end) as o10(outlet)
                          ) o14)), '{"$error":2}'::json) as "corroboration", coalesce(to_json(array(select o15.outlet from (
                            select distinct trim(o16.outlet) collate "C" as outlet from (
                              select cc17.source_id, cc17.credited_outlet, bool_or(cc17.credited_outlet is not null) over (partition by cc17.source_id) as credits from citation cc17 where cc17.commitment_id = t8.id
                            ) c18 join source s19 on s19.id = c18.source_id cross join lateral unnest(case when c18.credited_outlet is not null then string_to_array(c18.credited_outlet, ',') when c18.credits then array[]::text[] else array[coalesce(s19.publisher, s19.author, '“' || s19.title || '”')] end) as o16(outlet)
                          ) o15 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", coalesce(to_json(dg_global_id('Commitment', t8.slug)), '{"$error":4}'::json) as "id", coalesce(to_json((
                            select (
                              select row_to_json(r20.*) from (
                                select coalesce(to_json(array(select a21.value from organization_alias a21 where a21.organization_id = c22.id and a21.kind = 'ALIAS' order by a21.value limit 100)), '{"$error":5}'::json) as "aliases", coalesce(to_json(dg_global_id('Organization', c22.slug)), '{"$error":6}'::json) as "id", coalesce(to_json(array(select a23.value from organization_alias a23 where a23.organization_id = c22.id and a23.kind = 'TICKER' order by a23.value limit 100)), '{"$error":7}'::json) as "tickers"
                              ) r20
                            ) from organization c22 where c22.id = t8.committer_id limit 1
                          )), '{"$error":8}'::json) as "committer"
                        ) r9
                      ) as l0, (
                        select row_to_json(r24.*) from (
                          select t8.in_force as "inForce"
                        ) r24
                      ) as l1 from (
                        select q25.*, coalesce(q25.date_earliest, q25.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x26.start_earliest, x26.start_latest, x26.start_precision, x26.end_earliest, x26.end_latest, x26.end_precision) as in_force, count(*) over () as dg_total_count from commitment q25 join commitment_timing x26 on x26.commitment_id = q25.id where (q25.deal_id = c4.id) and (in_force(cast(? as date), x26.start_earliest, x26.start_latest, x26.start_precision, x26.end_earliest, x26.end_latest, x26.end_precision) <> 'FALSE') order by coalesce(q25.date_earliest, q25.date_latest, 'infinity'::date), q25.id limit ?
                      ) t8
                    ) n7
                  ) a6
                ) z5
              ) as "commitments"
            ) r3
          ) from deal c4 where c4.id = t2.deal_id limit 1
        ) as "deal"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: [1,1,1,"DATE:ASC","2025-11-05","2025-11-05",2,"dresser-memo-aws-demand-staggering"]
-- commitments
select (
  '{"$error":0}'::json
)::text
-- values: []
