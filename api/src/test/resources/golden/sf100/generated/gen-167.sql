-- conflicts
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
              ) as "disagreements"
            ) r5
          ) as l0 from (
            select q8.*, (q8.claim_group) collate "C" as sort_0 from (
              select min(c9.id) as id, c9.claim_group from commitment c9 where c9.claim_group is not null group by c9.claim_group having count(distinct (c9.amount, c9.unit, c9.currency, c9.count_of, c9.qualifier, c9.modality, c9.committer_id, c9.recipient_id)) > 1 or exists (select 1 from commitment ca10 join commitment cb11 on cb11.claim_group = ca10.claim_group where ca10.claim_group = c9.claim_group and ca10.date_latest < cb11.date_earliest)
            ) q8 where true order by (q8.claim_group) collate "C", q8.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [4,4,"CLAIM_GROUP:ASC",7,5]
