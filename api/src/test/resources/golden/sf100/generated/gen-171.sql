-- conflicts
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes", ('[' || coalesce(a2.l1, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0, string_agg(n3.l1::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l1 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(t4.claim_group), '{"$error":0}'::json) as "key"
            ) r5
          ) as l0, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor", (
                select row_to_json(r7.*) from (
                  select coalesce(to_json(t4.claim_group), '{"$error":1}'::json) as "key", (
                    select ('[' || coalesce(string_agg((
                      select row_to_json(r8.*) from (
                        select coalesce(to_json(c9.attribute), '{"$error":2}'::json) as "attribute"
                      ) r8
                    )::text, ',' order by c9.attribute_ord), '') || ']')::json from (
                      select c9.* from claim_disagreement c9 where c9.claim_group = t4.claim_group order by c9.attribute_ord limit ?
                    ) c9 where true
                  ) as "disagreements"
                ) r7
              ) as "node"
            ) r6
          ) as l1 from (
            select q10.*, (q10.claim_group) collate "C" as sort_0 from (
              select min(c11.id) as id, c11.claim_group from commitment c11 where c11.claim_group is not null group by c11.claim_group having count(distinct (c11.amount, c11.unit, c11.currency, c11.count_of, c11.qualifier, c11.modality, c11.committer_id, c11.recipient_id)) > 1 or exists (select 1 from commitment ca12 join commitment cb13 on cb13.claim_group = ca12.claim_group where ca12.claim_group = c11.claim_group and ca12.date_latest < cb13.date_earliest)
            ) q10 where true order by (q10.claim_group) collate "C", q10.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [1,1,1,"CLAIM_GROUP:ASC","CLAIM_GROUP:ASC",7,2]
