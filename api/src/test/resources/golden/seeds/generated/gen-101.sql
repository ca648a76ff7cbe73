-- conflicts
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "edges", ('[' || coalesce(a2.l1, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0, string_agg(n3.l1::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l1 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", (
                select row_to_json(r6.*) from (
                  select coalesce(to_json(t4.claim_group), '{"$error":0}'::json) as "key", coalesce(to_json((
                    select (
                      select row_to_json(r7.*) from (
                        select c8.slug as "slug", coalesce(to_json(array(select o9.outlet from (
                          select distinct trim(o10.outlet) collate "C" as outlet from (
                            select cc11.source_id, cc11.credited_outlet, bool_or(cc11.credited_outlet is not null) over (partition by cc11.source_id) as credits from citation cc11 where cc11.commitment_id = c8.id
                          ) c12 join source s13 on s13.id = c12.source_id cross join lateral unnest(case when c12.credited_outlet is not null then string_to_array(c12.credited_outlet, ',') when c12.credits then array[]::text[] else array[coalesce(s13.publisher, s13.author, '“' || s13.title || '”')] end) as o10(outlet)
                        ) o9 order by 1 limit 100)), '{"$error":1}'::json) as "outlets"
                      ) r7
                    ) from commitment c8 where c8.id = (
                      select p14.id from commitment p14 where p14.claim_group = t4.claim_group order by p14.claim_preferred desc, p14.id limit 1
                    ) limit 1
                  )), '{"$error":2}'::json) as "preferred"
                ) r6
              ) as "node"
            ) r5
          ) as l0, (
            select row_to_json(r15.*) from (
              select coalesce(to_json(t4.claim_group), '{"$error":3}'::json) as "key", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r16.*) from (
                    select c17.amount_text as "amountText", coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x18.start_earliest, x18.start_latest, x18.start_precision, x18.end_earliest, x18.end_latest, x18.end_precision) from commitment_timing x18 where x18.commitment_id = c17.id
                    ), 'UNKNOWN')), '{"$error":4}'::json) as "inForce", coalesce(to_json((coalesce(c17.claim_preferred, false) or c17.claim_group is null)), '{"$error":5}'::json) as "preferred"
                  ) r16
                )::text, ',' order by c17.claim_preferred desc, c17.id), '') || ']')::json from (
                  select c17.* from commitment c17 where c17.claim_group = t4.claim_group order by c17.claim_preferred desc, c17.id limit ?
                ) c17 where true
              ) as "claims"
            ) r15
          ) as l1 from (
            select q19.*, (q19.claim_group) collate "C" as sort_0 from (
              select min(c20.id) as id, c20.claim_group from commitment c20 where c20.claim_group is not null group by c20.claim_group having count(distinct (c20.amount, c20.unit, c20.currency, c20.count_of, c20.qualifier, c20.modality, c20.committer_id, c20.recipient_id)) > 1 or exists (select 1 from commitment ca21 join commitment cb22 on cb22.claim_group = ca21.claim_group where ca21.claim_group = c20.claim_group and ca21.date_latest < cb22.date_earliest)
            ) q19 where true order by (q19.claim_group) collate "C", q19.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [5,5,5,"CLAIM_GROUP:ASC","CLAIM_GROUP:ASC","2016-06-01",10,6]
