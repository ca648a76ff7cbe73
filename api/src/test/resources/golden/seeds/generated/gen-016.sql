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
              select dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as "cursor"
            ) r6
          ) as l1 from (
            select q7.*, (q7.claim_group) collate "C" as sort_0 from (
              select min(c8.id) as id, c8.claim_group from commitment c8 where c8.claim_group is not null group by c8.claim_group having count(distinct (c8.amount, c8.unit, c8.currency, c8.count_of, c8.qualifier, c8.modality, c8.committer_id, c8.recipient_id)) > 1 or exists (select 1 from commitment ca9 join commitment cb10 on cb10.claim_group = ca9.claim_group where ca9.claim_group = c8.claim_group and ca9.date_latest < cb10.date_earliest)
            ) q7 where true order by (q7.claim_group) collate "C", q7.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [1,1,1,"CLAIM_GROUP:ASC","CLAIM_GROUP:ASC",2]
