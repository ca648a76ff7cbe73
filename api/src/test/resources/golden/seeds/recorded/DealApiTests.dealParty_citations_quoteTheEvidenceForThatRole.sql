-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
                select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
                  select row_to_json(r6.*) from (
                    select coalesce(to_json((
                      select (
                        select row_to_json(r7.*) from (
                          select c8.name as "name"
                        ) r7
                      ) from organization c8 where c8.id = t5.organization_id limit 1
                    )), '{"$error":0}'::json) as "organization", (
                      select row_to_json(z9.*) from (
                        select (
                          select count(*) from citation q10 where q10.deal_party_id = t5.id
                        ) as "totalCount", ('[' || coalesce(a11.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n12.cursor order by n12.ord) filter (where n12.ord <= ?)) as cursors, string_agg(n12.l0::text, ',' order by n12.ord) filter (where n12.ord <= ?) as l0 from (
                            select row_number() over (order by t13.sort_0, t13.sort_1, t13.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t13.sort_0::text), dg_cursor_value(t13.sort_1::text)]::text[], t13.id) as cursor, (
                              select row_to_json(r14.*) from (
                                select t13.excerpt as "excerpt", t13.credited_outlet as "creditedOutlet", coalesce(to_json((
                                  select (
                                    select row_to_json(r15.*) from (
                                      select c16.slug as "slug"
                                    ) r15
                                  ) from source c16 where c16.id = t13.source_id limit 1
                                )), '{"$error":1}'::json) as "source"
                              ) r14
                            ) as l0 from (
                              select q10.*, q10.source_id as sort_0, q10.start_offset as sort_1 from citation q10 where q10.deal_party_id = t5.id order by q10.source_id, q10.start_offset, q10.id limit ?
                            ) t13
                          ) n12
                        ) a11
                      ) z9
                    ) as "citations"
                  ) r6
                ) as l0 from (
                  select q17.*, (q17.role) collate "C" as sort_0 from deal_party q17 where (q17.deal_id = t18.id) and (q17.role = ?) order by (q17.role) collate "C", q17.id limit ?
                ) t5
              ) n4
            ) a3
          ) z2
        ) as "parties"
      ) r1
    ) from deal t18 where t18.slug = ? limit 1
  )
)::text
-- values: [20,20,"ROLE:ASC",20,20,"SOURCE_POSITION:ASC",21,"CLOUD_PROVIDER",21,"amazon-openai-partnership"]
