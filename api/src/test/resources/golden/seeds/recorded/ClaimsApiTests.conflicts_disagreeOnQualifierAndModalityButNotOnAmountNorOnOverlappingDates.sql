-- conflicts
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r6.*) from (
                    select coalesce(to_json(c7.attribute), '{"$error":0}'::json) as "attribute", (
                      select ('[' || coalesce(string_agg((
                        select row_to_json(r8.*) from (
                          select coalesce(to_json(c9.value), '{"$error":1}'::json) as "value", coalesce(to_json(c9.preferred), '{"$error":2}'::json) as "preferred", (
                            select ('[' || coalesce(string_agg((
                              select row_to_json(r10.*) from (
                                select c11.slug as "slug"
                              ) r10
                            )::text, ',' order by array_position(c9.claim_ids, c11.id)), '') || ']')::json from (
                              select c11.* from commitment c11 where c11.id = any(c9.claim_ids) order by array_position(c9.claim_ids, c11.id) limit ?
                            ) c11 where true
                          ) as "claims"
                        ) r8
                      )::text, ',' order by c9.value_ord), '') || ']')::json from (
                        select c9.* from claim_value c9 where c9.claim_group = c7.claim_group and c9.attribute = c7.attribute order by c9.value_ord limit ?
                      ) c9 where true
                    ) as "values"
                  ) r6
                )::text, ',' order by c7.attribute_ord), '') || ']')::json from (
                  select c7.* from claim_disagreement c7 where c7.claim_group = t4.claim_group order by c7.attribute_ord limit ?
                ) c7 where true
              ) as "disagreements"
            ) r5
          ) as l0 from (
            select q12.*, (q12.claim_group) collate "C" as sort_0 from (
              select min(c13.id) as id, c13.claim_group from commitment c13 where c13.claim_group is not null group by c13.claim_group having count(distinct (c13.amount, c13.unit, c13.currency, c13.count_of, c13.qualifier, c13.modality, c13.committer_id, c13.recipient_id)) > 1 or exists (select 1 from commitment ca14 join commitment cb15 on cb15.claim_group = ca14.claim_group where ca14.claim_group = c13.claim_group and ca14.date_latest < cb15.date_earliest)
            ) q12 where true order by (q12.claim_group) collate "C", q12.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"CLAIM_GROUP:ASC",10,10,7,21]
