-- r1
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select min(c2.id) as id, c2.claim_group from commitment c2 where c2.claim_group is not null group by c2.claim_group having count(distinct (c2.amount, c2.unit, c2.currency, c2.count_of, c2.qualifier, c2.modality, c2.committer_id, c2.recipient_id)) > 1 or exists (select 1 from commitment ca3 join commitment cb4 on cb4.claim_group = ca3.claim_group where ca3.claim_group = c2.claim_group and ca3.date_latest < cb4.date_earliest)
        ) q5 where true
      ) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "nodes", (
        select row_to_json(r7.*) from (
          select a6.fetched > ? as "hasNextPage", exists (
            select 1 from (
              select min(c2.id) as id, c2.claim_group from commitment c2 where c2.claim_group is not null group by c2.claim_group having count(distinct (c2.amount, c2.unit, c2.currency, c2.count_of, c2.qualifier, c2.modality, c2.committer_id, c2.recipient_id)) > 1 or exists (select 1 from commitment ca3 join commitment cb4 on cb4.claim_group = ca3.claim_group where ca3.claim_group = c2.claim_group and ca3.date_latest < cb4.date_earliest)
            ) q5 where (true) and (not ((q5.claim_group) collate "C", q5.id) > (cast(? as text) collate "C", ?))
          ) as "hasPreviousPage", a6.cursors[array_length(a6.cursors, 1)] as "endCursor"
        ) r7
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
          select row_number() over (order by t9.sort_0, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor, (
            select row_to_json(r10.*) from (
              select coalesce(to_json(t9.claim_group), '{"$error":0}'::json) as "key", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r11.*) from (
                    select coalesce(to_json(c12.attribute), '{"$error":1}'::json) as "a0"
                  ) r11
                )::text, ',' order by c12.attribute_ord), '') || ']')::json from (
                  select c12.* from claim_disagreement c12 where c12.claim_group = t9.claim_group order by c12.attribute_ord limit ?
                ) c12 where true
              ) as "disagreements"
            ) r10
          ) as l0 from (
            select q5.*, (q5.claim_group) collate "C" as sort_0 from (
              select min(c2.id) as id, c2.claim_group from commitment c2 where c2.claim_group is not null group by c2.claim_group having count(distinct (c2.amount, c2.unit, c2.currency, c2.count_of, c2.qualifier, c2.modality, c2.committer_id, c2.recipient_id)) > 1 or exists (select 1 from commitment ca3 join commitment cb4 on cb4.claim_group = ca3.claim_group where ca3.claim_group = c2.claim_group and ca3.date_latest < cb4.date_earliest)
            ) q5 where (true) and (((q5.claim_group) collate "C", q5.id) > (cast(? as text) collate "C", ?)) order by (q5.claim_group) collate "C", q5.id limit ?
          ) t9
        ) n8
      ) a6
    ) z1
  )
)::text
-- values: [5,"claim-1376",10004126,5,5,"CLAIM_GROUP:ASC",7,"claim-1376",10004126,6]
