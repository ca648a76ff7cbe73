-- conflicts
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select min(c2.id) as id, c2.claim_group from commitment c2 where c2.claim_group is not null group by c2.claim_group having count(distinct (c2.amount, c2.unit, c2.currency, c2.count_of, c2.qualifier, c2.modality, c2.committer_id, c2.recipient_id)) > 1 or exists (select 1 from commitment ca3 join commitment cb4 on cb4.claim_group = ca3.claim_group where ca3.claim_group = c2.claim_group and ca3.date_latest < cb4.date_earliest)
        ) q5 where true
      ) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
          select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
            select row_to_json(r9.*) from (
              select coalesce(to_json(t8.claim_group), '{"$error":0}'::json) as "key", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r10.*) from (
                    select coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x11.start_earliest, x11.start_latest, x11.start_precision, x11.end_earliest, x11.end_latest, x11.end_precision) from commitment_timing x11 where x11.commitment_id = c12.id
                    ), 'UNKNOWN')), '{"$error":1}'::json) as "inForce", c12.kind as "kind", coalesce(to_json((select count(*)::int from (
                      select distinct trim(o13.outlet) collate "C" as outlet from (
                        select cc14.source_id, cc14.credited_outlet, bool_or(cc14.credited_outlet is not null) over (partition by cc14.source_id) as credits from citation cc14 where cc14.commitment_id = c12.id
                      ) c15 join source s16 on s16.id = c15.source_id cross join lateral unnest(case when c15.credited_outlet is not null then string_to_array(c15.credited_outlet, ',') when c15.credits then array[]::text[] else array[coalesce(s16.publisher, s16.author, '“' || s16.title || '”')] end) as o13(outlet)
                    ) o17)), '{"$error":2}'::json) as "corroboration", c12.slug as "slug"
                  ) r10
                )::text, ',' order by c12.claim_preferred desc, c12.id), '') || ']')::json from (
                  select c12.* from commitment c12 where c12.claim_group = t8.claim_group order by c12.claim_preferred desc, c12.id limit ?
                ) c12 where true
              ) as "claims", coalesce(to_json((
                select (
                  select row_to_json(r18.*) from (
                    select coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x19.start_earliest, x19.start_latest, x19.start_precision, x19.end_earliest, x19.end_latest, x19.end_precision) from commitment_timing x19 where x19.commitment_id = c20.id
                    ), 'UNKNOWN')), '{"$error":3}'::json) as "inForce", c20.kind as "kind", c20.horizon as "horizon", (
                      select (
                        select row_to_json(r21.*) from (
                          select coalesce(to_json(array(select a22.value from organization_alias a22 where a22.organization_id = c23.id and a22.kind = 'ALIAS' order by a22.value limit 100)), '{"$error":4}'::json) as "aliases", c23.name as "name", coalesce(to_json(array(select a24.value from organization_alias a24 where a24.organization_id = c23.id and a24.kind = 'TICKER' order by a24.value limit 100)), '{"$error":5}'::json) as "tickers", c23.kind as "kind"
                        ) r21
                      ) from organization c23 where c23.id = c20.recipient_id limit 1
                    ) as "recipient"
                  ) r18
                ) from commitment c20 where c20.id = (
                  select p25.id from commitment p25 where p25.claim_group = t8.claim_group order by p25.claim_preferred desc, p25.id limit 1
                ) limit 1
              )), '{"$error":6}'::json) as "preferred"
            ) r9
          ) as l0 from (
            select q5.*, (q5.claim_group) collate "C" as sort_0 from (
              select min(c2.id) as id, c2.claim_group from commitment c2 where c2.claim_group is not null group by c2.claim_group having count(distinct (c2.amount, c2.unit, c2.currency, c2.count_of, c2.qualifier, c2.modality, c2.committer_id, c2.recipient_id)) > 1 or exists (select 1 from commitment ca3 join commitment cb4 on cb4.claim_group = ca3.claim_group where ca3.claim_group = c2.claim_group and ca3.date_latest < cb4.date_earliest)
            ) q5 where true order by (q5.claim_group) collate "C", q5.id limit ?
          ) t8
        ) n7
      ) a6
    ) z1
  )
)::text
-- values: [20,20,"CLAIM_GROUP:ASC","2027-01-01",10,"2015-06-28",21]
-- commitments
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes", (
        select row_to_json(r3.*) from (
          select a2.cursors[1] as "startCursor"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select t5.amount_text as "amountText"
            ) r6
          ) as l0 from (
            select q7.*, coalesce(q7.date_earliest, q7.date_latest, 'infinity'::date) as sort_0 from commitment q7 where true order by coalesce(q7.date_earliest, q7.date_latest, 'infinity'::date), q7.id limit ?
          ) t5
        ) n4
      ) a2
    ) z1
  )
)::text
-- values: [1,1,"DATE:ASC",2]
