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
      ) as "pageInfo", ('[' || coalesce(a7.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors, string_agg(n8.l0::text, ',' order by n8.ord) filter (where n8.ord <= ?) as l0 from (
          select row_number() over (order by t9.sort_0, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor, (
            select row_to_json(r10.*) from (
              select coalesce(to_json(t9.claim_group), '{"$error":0}'::json) as "key", coalesce(to_json((
                select (
                  select row_to_json(r11.*) from (
                    select c12.slug as "slug"
                  ) r11
                ) from commitment c12 where c12.id = (
                  select p13.id from commitment p13 where p13.claim_group = t9.claim_group order by p13.claim_preferred desc, p13.id limit 1
                ) limit 1
              )), '{"$error":1}'::json) as "preferred", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r14.*) from (
                    select c15.slug as "slug", coalesce(to_json((coalesce(c15.claim_preferred, false) or c15.claim_group is null)), '{"$error":2}'::json) as "preferred", c15.claim_group as "claimGroup", c15.modality as "modality", (case when c15.amount is null then null else (
                      select row_to_json(r16.*) from (
                        select coalesce(to_json(trim_scale(c15.amount)::text), '{"$error":3}'::json) as "amount", coalesce(to_json(c15.unit), '{"$error":4}'::json) as "unit", coalesce(to_json(c15.qualifier), '{"$error":5}'::json) as "qualifier"
                      ) r16
                    ) end) as "quantity", (case when c15.date_precision is null then null else (
                      select row_to_json(r17.*) from (
                        select coalesce(to_json(dg_fuzzy_display(c15.date_earliest, c15.date_latest, c15.date_precision)), '{"$error":6}'::json) as "display"
                      ) r17
                    ) end) as "date", (
                      select row_to_json(z18.*) from (
                        select (
                          select count(*) from citation q19 where q19.commitment_id = c15.id
                        ) as "totalCount", ('[' || coalesce(a20.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n21.cursor order by n21.ord) filter (where n21.ord <= ?)) as cursors, string_agg(n21.l0::text, ',' order by n21.ord) filter (where n21.ord <= ?) as l0 from (
                            select row_number() over (order by t22.sort_0, t22.sort_1, t22.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t22.sort_0::text), dg_cursor_value(t22.sort_1::text)]::text[], t22.id) as cursor, (
                              select row_to_json(r23.*) from (
                                select t22.excerpt as "excerpt", t22.credited_outlet as "creditedOutlet", coalesce(to_json((
                                  select (
                                    select row_to_json(r24.*) from (
                                      select c25.slug as "slug"
                                    ) r24
                                  ) from source c25 where c25.id = t22.source_id limit 1
                                )), '{"$error":7}'::json) as "source"
                              ) r23
                            ) as l0 from (
                              select q19.*, q19.source_id as sort_0, q19.start_offset as sort_1 from citation q19 where q19.commitment_id = c15.id order by q19.source_id, q19.start_offset, q19.id limit ?
                            ) t22
                          ) n21
                        ) a20
                      ) z18
                    ) as "citations"
                  ) r14
                )::text, ',' order by c15.claim_preferred desc, c15.id), '') || ']')::json from (
                  select c15.* from commitment c15 where c15.claim_group = t9.claim_group order by c15.claim_preferred desc, c15.id limit ?
                ) c15 where true
              ) as "claims"
            ) r10
          ) as l0 from (
            select q5.*, (q5.claim_group) collate "C" as sort_0 from (
              select min(c2.id) as id, c2.claim_group from commitment c2 where c2.claim_group is not null group by c2.claim_group having count(distinct (c2.amount, c2.unit, c2.currency, c2.count_of, c2.qualifier, c2.modality, c2.committer_id, c2.recipient_id)) > 1 or exists (select 1 from commitment ca3 join commitment cb4 on cb4.claim_group = ca3.claim_group where ca3.claim_group = c2.claim_group and ca3.date_latest < cb4.date_earliest)
            ) q5 where true order by (q5.claim_group) collate "C", q5.id limit ?
          ) t9
        ) n8
      ) a7
    ) z1
  )
)::text
-- values: [20,20,20,"CLAIM_GROUP:ASC",20,20,"SOURCE_POSITION:ASC",21,10,21]
