-- conflicts
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select min(c2.id) as id, c2.claim_group from commitment c2 where c2.claim_group is not null group by c2.claim_group having count(distinct (c2.amount, c2.unit, c2.currency, c2.count_of, c2.qualifier, c2.modality, c2.committer_id, c2.recipient_id)) > 1 or exists (select 1 from commitment ca3 join commitment cb4 on cb4.claim_group = ca3.claim_group where ca3.claim_group = c2.claim_group and ca3.date_latest < cb4.date_earliest)
        ) q5 where true
      ) as "totalCount", (
        select row_to_json(r6.*) from (
          select a7.fetched > ? as "hasNextPage"
        ) r6
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors from (
          select row_number() over (order by t9.sort_0, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor from (
            select q5.*, (q5.claim_group) collate "C" as sort_0 from (
              select min(c2.id) as id, c2.claim_group from commitment c2 where c2.claim_group is not null group by c2.claim_group having count(distinct (c2.amount, c2.unit, c2.currency, c2.count_of, c2.qualifier, c2.modality, c2.committer_id, c2.recipient_id)) > 1 or exists (select 1 from commitment ca3 join commitment cb4 on cb4.claim_group = ca3.claim_group where ca3.claim_group = c2.claim_group and ca3.date_latest < cb4.date_earliest)
            ) q5 where true order by (q5.claim_group) collate "C", q5.id limit ?
          ) t9
        ) n8
      ) a7
    ) z1
  )
)::text
-- values: [1,1,"CLAIM_GROUP:ASC",2]
-- r2
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(t4.claim_group), '{"$error":0}'::json) as "key", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r6.*) from (
                    select coalesce(to_json(c7.attribute), '{"$error":1}'::json) as "attribute"
                  ) r6
                )::text, ',' order by c7.attribute_ord), '') || ']')::json from (
                  select c7.* from claim_disagreement c7 where c7.claim_group = t4.claim_group order by c7.attribute_ord limit ?
                ) c7 where true
              ) as "disagreements", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r8.*) from (
                    select c9.amount_text as "a0", c9.modality as "modality", (case when c9.amount is null then null else (
                      select row_to_json(r10.*) from (
                        select coalesce(to_json(c9.qualifier), '{"$error":2}'::json) as "qualifier", coalesce(to_json(c9.unit), '{"$error":3}'::json) as "unit"
                      ) r10
                    ) end) as "quantity"
                  ) r8
                )::text, ',' order by c9.claim_preferred desc, c9.id), '') || ']')::json from (
                  select c9.* from commitment c9 where c9.claim_group = t4.claim_group order by c9.claim_preferred desc, c9.id limit ?
                ) c9 where true
              ) as "claims"
            ) r5
          ) as l0 from (
            select q11.*, (q11.claim_group) collate "C" as sort_0 from (
              select min(c12.id) as id, c12.claim_group from commitment c12 where c12.claim_group is not null group by c12.claim_group having count(distinct (c12.amount, c12.unit, c12.currency, c12.count_of, c12.qualifier, c12.modality, c12.committer_id, c12.recipient_id)) > 1 or exists (select 1 from commitment ca13 join commitment cb14 on cb14.claim_group = ca13.claim_group where ca13.claim_group = c12.claim_group and ca13.date_latest < cb14.date_earliest)
            ) q11 where true order by (q11.claim_group) collate "C", q11.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [6,6,"CLAIM_GROUP:ASC",7,10,7]
