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
                      select distinct trim(o8.outlet) collate "C" as outlet from (
                        select cc9.source_id, cc9.credited_outlet, bool_or(cc9.credited_outlet is not null) over (partition by cc9.source_id) as credits from citation cc9 where cc9.commitment_id = c7.id
                      ) c10 join source s11 on s11.id = c10.source_id cross join lateral unnest(case when c10.credited_outlet is not null then string_to_array(c10.credited_outlet, ',') when c10.credits then array[]::text[] else array[coalesce(s11.publisher, s11.author, '“' || s11.title || '”')] end) as o8(outlet)
                    ) o12)), '{"$error":3}'::json) as "corroboration", coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x13.start_earliest, x13.start_latest, x13.start_precision, x13.end_earliest, x13.end_latest, x13.end_precision) from commitment_timing x13 where x13.commitment_id = c7.id
                    ), 'UNKNOWN')), '{"$error":4}'::json) as "inForce"
                  ) r6
                ) from commitment c7 where c7.id = (
                  select p14.id from commitment p14 where p14.claim_group = t4.claim_group order by p14.claim_preferred desc, p14.id limit 1
                ) limit 1
              )), '{"$error":5}'::json) as "preferred"
            ) r5
          ) as l0, (
            select row_to_json(r15.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor"
            ) r15
          ) as l1 from (
            select q16.*, (q16.claim_group) collate "C" as sort_0 from (
              select min(c17.id) as id, c17.claim_group from commitment c17 where c17.claim_group is not null group by c17.claim_group having count(distinct (c17.amount, c17.unit, c17.currency, c17.count_of, c17.qualifier, c17.modality, c17.committer_id, c17.recipient_id)) > 1 or exists (select 1 from commitment ca18 join commitment cb19 on cb19.claim_group = ca18.claim_group where ca18.claim_group = c17.claim_group and ca18.date_latest < cb19.date_earliest)
            ) q16 where true order by (q16.claim_group) collate "C", q16.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [8,8,8,"CLAIM_GROUP:ASC","2016-05-21","CLAIM_GROUP:ASC",9]
