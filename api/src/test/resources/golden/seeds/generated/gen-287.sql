-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Organization', t2.slug)), '{"$error":0}'::json) as "id", coalesce(to_json(array(select a3.value from organization_alias a3 where a3.organization_id = t2.id and a3.kind = 'TICKER' order by a3.value limit 100)), '{"$error":1}'::json) as "tickers", coalesce(to_json(array(select a4.value from organization_alias a4 where a4.organization_id = t2.id and a4.kind = 'ALIAS' order by a4.value limit 100)), '{"$error":2}'::json) as "aliases", t2.kind as "kind", (
          select row_to_json(z5.*) from (
            select (
              select count(*) from commitment q6 join commitment_timing x7 on x7.commitment_id = q6.id where (q6.committer_id = t2.id) and (in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) <> 'FALSE')
            ) as "totalCount", ('[' || coalesce(a8.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n9.cursor order by n9.ord) filter (where n9.ord <= ?)) as cursors, string_agg(n9.l0::text, ',' order by n9.ord) filter (where n9.ord <= ?) as l0 from (
                select row_number() over (order by t10.sort_0, t10.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t10.sort_0::text)]::text[], t10.id) as cursor, (
                  select row_to_json(r11.*) from (
                    select t10.claim_group as "claimGroup", t10.description as "description", (
                      select row_to_json(z12.*) from (
                        select (
                          select count(*) from citation q13 where q13.commitment_id = t10.id
                        ) as "totalCount", ('[' || coalesce(a14.l0, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                            select row_number() over (order by t16.sort_0, t16.sort_1, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text), dg_cursor_value(t16.sort_1::text)]::text[], t16.id) as cursor, (
                              select row_to_json(r17.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text), dg_cursor_value(t16.sort_1::text)]::text[], t16.id) as "cursor"
                              ) r17
                            ) as l0 from (
                              select q13.*, q13.source_id as sort_0, q13.start_offset as sort_1 from citation q13 where q13.commitment_id = t10.id order by q13.source_id, q13.start_offset, q13.id limit ?
                            ) t16
                          ) n15
                        ) a14
                      ) z12
                    ) as "citations"
                  ) r11
                ) as l0 from (
                  select q6.*, coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) as in_force from commitment q6 join commitment_timing x7 on x7.commitment_id = q6.id where (q6.committer_id = t2.id) and (in_force(cast(? as date), x7.start_earliest, x7.start_latest, x7.start_precision, x7.end_earliest, x7.end_latest, x7.end_precision) <> 'FALSE') order by coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date), q6.id limit ?
                ) t10
              ) n9
            ) a8
          ) z5
        ) as "commitmentsMade"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: ["2025-07-01",2,2,"DATE:ASC",2,2,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",3,"2025-07-01","2025-07-01",3,"alphabet"]
