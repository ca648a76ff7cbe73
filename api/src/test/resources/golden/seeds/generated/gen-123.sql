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
                        select coalesce(to_json((case c8.qualifier when 'UP_TO' then 'up to ' when 'AT_LEAST' then 'at least ' when 'ABOUT' then 'about ' when 'MORE_THAN' then 'more than ' else '' end) || trim_scale(c8.amount)::text || ' ' || c8.unit), '{"$error":2}'::json) as "text", coalesce(to_json(c8.qualifier), '{"$error":3}'::json) as "qualifier"
                      ) r9
                    ) end) as "quantity", (
                      select (
                        select row_to_json(r10.*) from (
                          select coalesce(to_json((select count(*)::int from (
                            select distinct trim(o11.outlet) collate "C" as outlet from citation c12 join source s13 on s13.id = c12.source_id cross join lateral unnest(case when c12.credited_outlet is not null then string_to_array(c12.credited_outlet, ',') else array[coalesce(s13.publisher, s13.author, '“' || s13.title || '”')] end) as o11(outlet) where c12.deal_id = c14.id
                          ) o15)), '{"$error":4}'::json) as "corroboration"
                        ) r10
                      ) from deal c14 where c14.id = c8.deal_id limit 1
                    ) as "deal"
                  ) r6
                ) from commitment c8 where c8.id = (
                  select p16.id from commitment p16 where p16.claim_group = t4.claim_group order by p16.claim_preferred desc, p16.id limit 1
                ) limit 1
              )), '{"$error":5}'::json) as "preferred"
            ) r5
          ) as l0 from (
            select q17.*, (q17.claim_group) collate "C" as sort_0 from (
              select min(c18.id) as id, c18.claim_group from commitment c18 where c18.claim_group is not null group by c18.claim_group having count(distinct (c18.amount, c18.unit, c18.qualifier, c18.modality, c18.committer_id, c18.recipient_id)) > 1 or exists (select 1 from commitment ca19 join commitment cb20 on cb20.claim_group = ca19.claim_group where ca19.claim_group = c18.claim_group and ca19.date_latest < cb20.date_earliest)
            ) q17 where true order by (q17.claim_group) collate "C", q17.id limit ?
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
          select distinct trim(o3.outlet) collate "C" as outlet from citation c4 join source s5 on s5.id = c4.source_id cross join lateral unnest(case when c4.credited_outlet is not null then string_to_array(c4.credited_outlet, ',') else array[coalesce(s5.publisher, s5.author, '“' || s5.title || '”')] end) as o3(outlet) where c4.statement_id = t2.id
        ) o6)), '{"$error":0}'::json) as "corroboration", coalesce(to_json(array(select o7.outlet from (
          select distinct trim(o8.outlet) collate "C" as outlet from citation c9 join source s10 on s10.id = c9.source_id cross join lateral unnest(case when c9.credited_outlet is not null then string_to_array(c9.credited_outlet, ',') else array[coalesce(s10.publisher, s10.author, '“' || s10.title || '”')] end) as o8(outlet) where c9.statement_id = t2.id
        ) o7 order by 1 limit 100)), '{"$error":1}'::json) as "a3", (case when t2.date_precision is null then null else (
          select row_to_json(r11.*) from (
            select coalesce(to_json(t2.date_precision), '{"$error":2}'::json) as "precision", coalesce(to_json(t2.date_text), '{"$error":3}'::json) as "a1", t2.date_earliest as "a2", t2.date_latest as "latest"
          ) r11
        ) end) as "date"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["dresser-memo-microsoft-limited-our-ability"]
