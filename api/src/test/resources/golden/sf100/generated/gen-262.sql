-- conflicts
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes", ('[' || coalesce(a2.l1, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0, string_agg(n3.l1::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l1 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(t4.claim_group), '{"$error":0}'::json) as "key", coalesce(to_json((
                select (
                  select row_to_json(r6.*) from (
                    select coalesce(to_json((coalesce(c7.claim_preferred, false) or c7.claim_group is null)), '{"$error":1}'::json) as "a0", coalesce(to_json(dg_global_id('Commitment', c7.slug)), '{"$error":2}'::json) as "id", coalesce(to_json((select count(*)::int from (
                      select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.commitment_id = c7.id
                    ) o11)), '{"$error":3}'::json) as "corroboration", coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x12.start_earliest, x12.start_latest, x12.start_precision, x12.end_earliest, x12.end_latest, x12.end_precision) from commitment_timing x12 where x12.commitment_id = c7.id
                    ), 'UNKNOWN')), '{"$error":4}'::json) as "inForce"
                  ) r6
                ) from commitment c7 where c7.id = (
                  select p13.id from commitment p13 where p13.claim_group = t4.claim_group order by p13.claim_preferred desc, p13.id limit 1
                ) limit 1
              )), '{"$error":5}'::json) as "preferred"
            ) r5
          ) as l0, (
            select row_to_json(r14.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor"
            ) r14
          ) as l1 from (
            select q15.*, (q15.claim_group) collate "C" as sort_0 from (
              select min(c16.id) as id, c16.claim_group from commitment c16 where c16.claim_group is not null group by c16.claim_group having count(distinct (c16.amount, c16.unit, c16.qualifier, c16.modality, c16.committer_id, c16.recipient_id)) > 1 or exists (select 1 from commitment ca17 join commitment cb18 on cb18.claim_group = ca17.claim_group where ca17.claim_group = c16.claim_group and ca17.date_latest < cb18.date_earliest)
            ) q15 where true order by (q15.claim_group) collate "C", q15.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [8,8,8,"CLAIM_GROUP:ASC","2016-05-21","CLAIM_GROUP:ASC",9]
