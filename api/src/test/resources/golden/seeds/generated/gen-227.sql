-- conflicts
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select coalesce(to_json(t4.claim_group), '{"$error":0}'::json) as "key"
            ) r5
          ) as l0 from (
            select q6.*, (q6.claim_group) collate "C" as sort_0 from (
              select min(c7.id) as id, c7.claim_group from commitment c7 where c7.claim_group is not null group by c7.claim_group having count(distinct (c7.amount, c7.unit, c7.currency, c7.count_of, c7.qualifier, c7.modality, c7.committer_id, c7.recipient_id)) > 1 or exists (select 1 from commitment ca8 join commitment cb9 on cb9.claim_group = ca8.claim_group where ca8.claim_group = c7.claim_group and ca8.date_latest < cb9.date_earliest)
            ) q6 where (true) and (((q6.claim_group) collate "C", q6.id) > (cast(? as text) collate "C", ?)) order by (q6.claim_group) collate "C", q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [4,4,"CLAIM_GROUP:ASC","amazon-openai-investment",1,5]
