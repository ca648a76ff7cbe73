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
                  select (
                    select count(*) from commitment q6 join commitment_timing x7 on x7.commitment_id = q6.id where (q6.deal_id = c4.id) and (in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) <> 'FALSE')
                  ) as "totalCount", ('[' || coalesce(a8.l0, '') || ']')::json as "nodes", ('[' || coalesce(a8.l1, '') || ']')::json as "edges" from (
                    select count(*) as fetched, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors, string_agg(n9.l0::text, ',' order by n9.ord) filter (where n9.ord <= ?) as l0, string_agg(n9.l1::text, ',' order by n9.ord) filter (where n9.ord <= ?) as l1 from (
                      select row_number() over (order by t10.sort_0, t10.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text)]::text[], t10.id) as cursor, (
                        select row_to_json(r11.*) from (
                          select t10.amount_text as "amountText", coalesce(to_json((select count(*)::int from (
                            select distinct trim(o12.outlet) collate "C" as outlet from (
                              select cc13.source_id, cc13.credited_outlet, bool_or(cc13.credited_outlet is not null) over (partition by cc13.source_id) as credits from citation cc13 where cc13.commitment_id = t10.id
                            ) c14 join source s15 on s15.id = c14.source_id cross join lateral unnest(case when c14.credited_outlet is not null then string_to_array(c14.credited_outlet, ',') when c14.credits then array[]::text[] else array[coalesce(s15.publisher, s15.author, '“' || s15.title || '”')] end) as o12(outlet)
                          ) o16)), '{"$error":2}'::json) as "corroboration", coalesce(to_json(array(select o17.outlet from (
                            select distinct trim(o18.outlet) collate "C" as outlet from (
                              select cc19.source_id, cc19.credited_outlet, bool_or(cc19.credited_outlet is not null) over (partition by cc19.source_id) as credits from citation cc19 where cc19.commitment_id = t10.id
                            ) c20 join source s21 on s21.id = c20.source_id cross join lateral unnest(case when c20.credited_outlet is not null then string_to_array(c20.credited_outlet, ',') when c20.credits then array[]::text[] else array[coalesce(s21.publisher, s21.author, '“' || s21.title || '”')] end) as o18(outlet)
                          ) o17 order by 1 limit 100)), '{"$error":3}'::json) as "outlets", coalesce(to_json(dg_global_id('Commitment', t10.slug)), '{"$error":4}'::json) as "id", coalesce(to_json((
                            select (
                              select row_to_json(r22.*) from (
                                select coalesce(to_json(array(select a23.value from organization_alias a23 where a23.organization_id = c24.id and a23.kind = 'ALIAS' order by a23.value limit 100)), '{"$error":5}'::json) as "aliases", coalesce(to_json(dg_global_id('Organization', c24.slug)), '{"$error":6}'::json) as "id", coalesce(to_json(array(select a25.value from organization_alias a25 where a25.organization_id = c24.id and a25.kind = 'TICKER' order by a25.value limit 100)), '{"$error":7}'::json) as "tickers"
                              ) r22
                            ) from organization c24 where c24.id = t10.committer_id limit 1
                          )), '{"$error":8}'::json) as "committer"
                        ) r11
                      ) as l0, (
                        select row_to_json(r26.*) from (
                          select t10.in_force as "inForce"
                        ) r26
                      ) as l1 from (
                        select q6.*, coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) as in_force from commitment q6 join commitment_timing x7 on x7.commitment_id = q6.id where (q6.deal_id = c4.id) and (in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) <> 'FALSE') order by coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date), q6.id limit ?
                      ) t10
                    ) n9
                  ) a8
                ) z5
              ) as "commitments"
            ) r3
          ) from deal c4 where c4.id = t2.deal_id limit 1
        ) as "deal"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2025-11-05",1,1,1,"DATE:ASC","2025-11-05","2025-11-05",2,"dresser-memo-aws-demand-staggering"]
-- commitments
select (
  '{"$error":0}'::json
)::text
-- values: []
