-- conflicts
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select min(c2.id) as id, c2.claim_group from commitment c2 where c2.claim_group is not null group by c2.claim_group having count(distinct (c2.amount, c2.unit, c2.qualifier, c2.modality, c2.committer_id, c2.recipient_id)) > 1 or exists (select 1 from commitment ca3 join commitment cb4 on cb4.claim_group = ca3.claim_group where ca3.claim_group = c2.claim_group and ca3.date_latest < cb4.date_earliest)
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
                      select distinct trim(o13.outlet) collate "C" as outlet from citation c14 join source s15 on s15.id = c14.source_id cross join lateral unnest(case when c14.credited_outlet is not null then string_to_array(c14.credited_outlet, ',') else array[coalesce(s15.publisher, s15.author, '“' || s15.title || '”')] end) as o13(outlet) where c14.commitment_id = c12.id
                    ) o16)), '{"$error":2}'::json) as "corroboration", c12.slug as "slug"
                  ) r10
                )::text, ',' order by c12.claim_preferred desc, c12.id), '') || ']')::json from (
                  select c12.* from commitment c12 where c12.claim_group = t8.claim_group order by c12.claim_preferred desc, c12.id limit ?
                ) c12 where true
              ) as "claims", coalesce(to_json((
                select (
                  select row_to_json(r17.*) from (
                    select coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x18.start_earliest, x18.start_latest, x18.start_precision, x18.end_earliest, x18.end_latest, x18.end_precision) from commitment_timing x18 where x18.commitment_id = c19.id
                    ), 'UNKNOWN')), '{"$error":3}'::json) as "inForce", c19.kind as "kind", c19.horizon as "horizon", (
                      select (
                        select row_to_json(r20.*) from (
                          select coalesce(to_json(array(select a21.value from organization_alias a21 where a21.organization_id = c22.id and a21.kind = 'ALIAS' order by a21.value limit 100)), '{"$error":4}'::json) as "aliases", c22.name as "name", coalesce(to_json(array(select a23.value from organization_alias a23 where a23.organization_id = c22.id and a23.kind = 'TICKER' order by a23.value limit 100)), '{"$error":5}'::json) as "tickers", c22.kind as "kind"
                        ) r20
                      ) from organization c22 where c22.id = c19.recipient_id limit 1
                    ) as "recipient"
                  ) r17
                ) from commitment c19 where c19.id = (
                  select p24.id from commitment p24 where p24.claim_group = t8.claim_group order by p24.claim_preferred desc, p24.id limit 1
                ) limit 1
              )), '{"$error":6}'::json) as "preferred"
            ) r9
          ) as l0 from (
            select q5.*, (q5.claim_group) collate "C" as sort_0 from (
              select min(c2.id) as id, c2.claim_group from commitment c2 where c2.claim_group is not null group by c2.claim_group having count(distinct (c2.amount, c2.unit, c2.qualifier, c2.modality, c2.committer_id, c2.recipient_id)) > 1 or exists (select 1 from commitment ca3 join commitment cb4 on cb4.claim_group = ca3.claim_group where ca3.claim_group = c2.claim_group and ca3.date_latest < cb4.date_earliest)
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
