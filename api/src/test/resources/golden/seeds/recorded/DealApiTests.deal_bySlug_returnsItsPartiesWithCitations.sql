-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.title as "title", t2.kind as "kind", t2.status as "status", (case when t2.announced_precision is null then null else (
          select row_to_json(r3.*) from (
            select coalesce(to_json(dg_fuzzy_display(t2.announced_earliest, t2.announced_latest, t2.announced_precision)), '{"$error":0}'::json) as "display", coalesce(to_json(t2.announced_precision), '{"$error":1}'::json) as "precision"
          ) r3
        ) end) as "announced", (
          select row_to_json(z4.*) from (
            select (
              select count(*) from deal_party q5 where (q5.deal_id = t2.id) and (q5.role = ?)
            ) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
                select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
                  select row_to_json(r9.*) from (
                    select coalesce(to_json((
                      select (
                        select row_to_json(r10.*) from (
                          select c11.slug as "slug"
                        ) r10
                      ) from organization c11 where c11.id = t8.organization_id limit 1
                    )), '{"$error":2}'::json) as "organization", (
                      select row_to_json(z12.*) from (
                        select ('[' || coalesce(a13.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n14.cursor order by n14.ord) filter (where n14.ord <= ?)) as cursors, string_agg(n14.l0::text, ',' order by n14.ord) filter (where n14.ord <= ?) as l0 from (
                            select row_number() over (order by t15.sort_0, t15.sort_1, t15.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t15.sort_0::text), dg_cursor_value(t15.sort_1::text)]::text[], t15.id) as cursor, (
                              select row_to_json(r16.*) from (
                                select t15.excerpt as "excerpt", t15.credited_outlet as "creditedOutlet"
                              ) r16
                            ) as l0 from (
                              select q17.*, q17.source_id as sort_0, q17.start_offset as sort_1 from citation q17 where q17.deal_party_id = t8.id order by q17.source_id, q17.start_offset, q17.id limit ?
                            ) t15
                          ) n14
                        ) a13
                      ) z12
                    ) as "citations"
                  ) r9
                ) as l0 from (
                  select q5.*, (q5.role) collate "C" as sort_0 from deal_party q5 where (q5.deal_id = t2.id) and (q5.role = ?) order by (q5.role) collate "C", q5.id limit ?
                ) t8
              ) n7
            ) a6
          ) z4
        ) as "parties"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["INVESTOR",20,20,"ROLE:ASC",20,20,"SOURCE_POSITION:ASC",21,"INVESTOR",21,"amazon-openai-partnership"]
