-- r1
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(t4.claim_group), '{"$error":0}'::json) as "a0", coalesce(to_json((
                select (
                  select row_to_json(r6.*) from (
                    select coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) from commitment_timing x7 where x7.commitment_id = c8.id
                    ), 'UNKNOWN')), '{"$error":1}'::json) as "inForce", (case when c8.amount is null then null else (
                      select row_to_json(r9.*) from (
                        select coalesce(to_json(dg_quantity_text(c8.amount, c8.unit, c8.currency, c8.count_of, c8.qualifier)), '{"$error":2}'::json) as "text", coalesce(to_json(c8.qualifier), '{"$error":3}'::json) as "qualifier"
                      ) r9
                    ) end) as "quantity", (
                      select (
                        select row_to_json(r10.*) from (
                          select coalesce(to_json((select count(*)::int from (
                            select distinct trim(o11.outlet) collate "C" as outlet from (
                              select cc12.source_id, cc12.credited_outlet, bool_or(cc12.credited_outlet is not null) over (partition by cc12.source_id) as credits from citation cc12 where cc12.deal_id = c13.id
                            ) c14 join source s15 on s15.id = c14.source_id cross join lateral unnest(case when c14.credited_outlet is not null then string_to_array(c14.credited_outlet, ',') when c14.credits then array[]::text[] else array[coalesce(s15.publisher, s15.author, '“' || s15.title || '”')] end) as o11(outlet)
                          ) o16)), '{"$error":4}'::json) as "corroboration"
                        ) r10
                      ) from deal c13 where c13.id = c8.deal_id limit 1
                    ) as "deal"
                  ) r6
                ) from commitment c8 where c8.id = (
                  select p17.id from commitment p17 where p17.claim_group = t4.claim_group order by p17.claim_preferred desc, p17.id limit 1
                ) limit 1
              )), '{"$error":5}'::json) as "preferred"
            ) r5
          ) as l0 from (
            select q18.*, (q18.claim_group) collate "C" as sort_0 from (
              select min(c19.id) as id, c19.claim_group from commitment c19 where c19.claim_group is not null group by c19.claim_group having count(distinct (c19.amount, c19.unit, c19.currency, c19.count_of, c19.qualifier, c19.modality, c19.committer_id, c19.recipient_id)) > 1 or exists (select 1 from commitment ca20 join commitment cb21 on cb21.claim_group = ca20.claim_group where ca20.claim_group = c19.claim_group and ca20.date_latest < cb21.date_earliest)
            ) q18 where true order by (q18.claim_group) collate "C", q18.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [3,3,"CLAIM_GROUP:ASC","2026-05-01",4]
-- r2
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.channel as "channel", t2.slug as "slug", coalesce(to_json((select count(*)::int from (
          select distinct trim(o3.outlet) collate "C" as outlet from (
            select cc4.source_id, cc4.credited_outlet, bool_or(cc4.credited_outlet is not null) over (partition by cc4.source_id) as credits from citation cc4 where cc4.statement_id = t2.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o3(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(array(select o8.outlet from (
          select distinct trim(o9.outlet) collate "C" as outlet from (
            select cc10.source_id, cc10.credited_outlet, bool_or(cc10.credited_outlet is not null) over (partition by cc10.source_id) as credits from citation cc10 where cc10.statement_id = t2.id
          ) c11 join source s12 on s12.id = c11.source_id cross join lateral unnest(case when c11.credited_outlet is not null then string_to_array(c11.credited_outlet, ',') when c11.credits then array[]::text[] else array[coalesce(s12.publisher, s12.author, '“' || s12.title || '”')] end) as o9(outlet)
        ) o8 order by 1 limit 100)), '{"$error":1}'::json) as "a3", (case when t2.date_precision is null then null else (
          select row_to_json(r13.*) from (
            select coalesce(to_json(t2.date_precision), '{"$error":2}'::json) as "precision", coalesce(to_json(t2.date_text), '{"$error":3}'::json) as "a1", t2.date_earliest as "a2", t2.date_latest as "latest"
          ) r13
        ) end) as "date"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["dresser-memo-microsoft-limited-our-ability"]
