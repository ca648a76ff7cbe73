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
                          select distinct trim(o10.outlet) collate "C" as outlet from citation c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o10(outlet) where c11.commitment_id = c8.id
                        ) o9 order by 1 limit 100)), '{"$error":1}'::json) as "outlets"
                      ) r7
                    ) from commitment c8 where c8.id = (
                      select p13.id from commitment p13 where p13.claim_group = t4.claim_group order by p13.claim_preferred desc, p13.id limit 1
                    ) limit 1
                  )), '{"$error":2}'::json) as "preferred"
                ) r6
              ) as "node"
            ) r5
          ) as l0, (
            select row_to_json(r14.*) from (
              select coalesce(to_json(t4.claim_group), '{"$error":3}'::json) as "key", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r15.*) from (
                    select c16.amount_text as "amountText", coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x17.start_earliest, x17.start_latest, x17.start_precision, x17.end_earliest, x17.end_latest, x17.end_precision) from commitment_timing x17 where x17.commitment_id = c16.id
                    ), 'UNKNOWN')), '{"$error":4}'::json) as "inForce", coalesce(to_json((coalesce(c16.claim_preferred, false) or c16.claim_group is null)), '{"$error":5}'::json) as "preferred"
                  ) r15
                )::text, ',' order by c16.claim_preferred desc, c16.id), '') || ']')::json from (
                  select c16.* from commitment c16 where c16.claim_group = t4.claim_group order by c16.claim_preferred desc, c16.id limit ?
                ) c16 where true
              ) as "claims"
            ) r14
          ) as l1 from (
            select q18.*, (q18.claim_group) collate "C" as sort_0 from (
              select min(c19.id) as id, c19.claim_group from commitment c19 where c19.claim_group is not null group by c19.claim_group having count(distinct (c19.amount, c19.unit, c19.qualifier, c19.modality, c19.committer_id, c19.recipient_id)) > 1 or exists (select 1 from commitment ca20 join commitment cb21 on cb21.claim_group = ca20.claim_group where ca20.claim_group = c19.claim_group and ca20.date_latest < cb21.date_earliest)
            ) q18 where true order by (q18.claim_group) collate "C", q18.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [5,5,5,"CLAIM_GROUP:ASC","CLAIM_GROUP:ASC","2016-06-01",10,6]
