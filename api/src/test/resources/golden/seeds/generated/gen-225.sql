-- nodes
select (
  '{"$error":0}'::json
)::text
-- values: []
-- r2
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.cursors[array_length(a3.cursors, 1)] as "a0"
        ) r2
      ) as "pageInfo", ('[' || coalesce(a3.l0, '') || ']')::json as "edges" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as "cursor"
            ) r6
          ) as l0 from (
            select q7.*, (q7.claim_group) collate "C" as sort_0 from (
              select min(c8.id) as id, c8.claim_group from commitment c8 where c8.claim_group is not null group by c8.claim_group having count(distinct (c8.amount, c8.unit, c8.currency, c8.count_of, c8.qualifier, c8.modality, c8.committer_id, c8.recipient_id)) > 1 or exists (select 1 from commitment ca9 join commitment cb10 on cb10.claim_group = ca9.claim_group where ca9.claim_group = c8.claim_group and ca9.date_latest < cb10.date_earliest)
            ) q7 where true order by (q7.claim_group) collate "C", q7.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: [5,5,"CLAIM_GROUP:ASC","CLAIM_GROUP:ASC",6]
