-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('Organization', t2.slug)), '{"$error":0}'::json) as "id", coalesce(to_json(array(select a3.value from organization_alias a3 where a3.organization_id = t2.id and a3.kind = 'TICKER' order by a3.value limit 100)), '{"$error":1}'::json) as "tickers", coalesce(to_json(array(select a4.value from organization_alias a4 where a4.organization_id = t2.id and a4.kind = 'ALIAS' order by a4.value limit 100)), '{"$error":2}'::json) as "aliases", t2.kind as "kind", (
          select row_to_json(z5.*) from (
            select coalesce(a6.dg_total_count, 0) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, max(n7.dg_total_count) as dg_total_count, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
                select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, t8.dg_total_count as dg_total_count, (
                  select row_to_json(r9.*) from (
                    select t8.claim_group as "claimGroup", t8.description as "description", (
                      select row_to_json(z10.*) from (
                        select (
                          select count(*) from citation q11 where q11.commitment_id = t8.id
                        ) as "totalCount", ('[' || coalesce(a12.l0, '') || ']')::json as "edges" from (
                          select count(*) as fetched, (array_agg(n13.cursor order by n13.ord) filter (where n13.ord <= ?)) as cursors, string_agg(n13.l0::text, ',' order by n13.ord) filter (where n13.ord <= ?) as l0 from (
                            select row_number() over (order by t14.sort_0, t14.sort_1, t14.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text), dg_cursor_value(t14.sort_1::text)]::text[], t14.id) as cursor, (
                              select row_to_json(r15.*) from (
                                select dg_cursor(cast(? as text), array[dg_cursor_value(t14.sort_0::text), dg_cursor_value(t14.sort_1::text)]::text[], t14.id) as "cursor"
                              ) r15
                            ) as l0 from (
                              select q11.*, q11.source_id as sort_0, q11.start_offset as sort_1 from citation q11 where q11.commitment_id = t8.id order by q11.source_id, q11.start_offset, q11.id limit ?
                            ) t14
                          ) n13
                        ) a12
                      ) z10
                    ) as "citations"
                  ) r9
                ) as l0 from (
                  select q16.*, coalesce(q16.date_earliest, q16.date_latest, 'infinity'::date) as sort_0, in_force(cast(? as date), x17.start_earliest, x17.start_latest, x17.start_precision, x17.end_earliest, x17.end_latest, x17.end_precision) as in_force, count(*) over () as dg_total_count from commitment q16 join commitment_timing x17 on x17.commitment_id = q16.id where (q16.committer_id = t2.id) and (in_force(cast(? as date), x17.start_earliest, x17.start_latest, x17.start_precision, x17.end_earliest, x17.end_latest, x17.end_precision) <> 'FALSE') order by coalesce(q16.date_earliest, q16.date_latest, 'infinity'::date), q16.id limit ?
                ) t8
              ) n7
            ) a6
          ) z5
        ) as "commitmentsMade"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: [2,2,"DATE:ASC",2,2,"SOURCE_POSITION:ASC","SOURCE_POSITION:ASC",3,"2025-07-01","2025-07-01",3,"alphabet"]
