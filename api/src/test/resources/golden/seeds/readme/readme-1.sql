-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.name as "name", coalesce(to_json(array(select a3.value from organization_alias a3 where a3.organization_id = t2.id and a3.kind = 'TICKER' order by a3.value limit 100)), '{"$error":0}'::json) as "tickers", (
          select row_to_json(z4.*) from (
            select (
              select count(*) from commitment q5 where q5.committer_id = t2.id
            ) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
                select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
                  select row_to_json(r9.*) from (
                    select t8.description as "description", (
                      select (
                        select row_to_json(r10.*) from (
                          select c11.name as "name"
                        ) r10
                      ) from organization c11 where c11.id = t8.recipient_id limit 1
                    ) as "recipient", (case when t8.amount is null then null else (
                      select row_to_json(r12.*) from (
                        select coalesce(to_json(trim_scale(t8.amount)::text), '{"$error":1}'::json) as "amount", coalesce(to_json(t8.unit), '{"$error":2}'::json) as "unit", coalesce(to_json(t8.qualifier), '{"$error":3}'::json) as "qualifier"
                      ) r12
                    ) end) as "quantity", (
                      select row_to_json(z13.*) from (
                        select ('[' || coalesce(a14.l0, '') || ']')::json as "nodes" from (
                          select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                            select row_number() over (order by t16.sort_0, t16.sort_1, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text), dg_cursor_value(t16.sort_1::text)]::text[], t16.id) as cursor, (
                              select row_to_json(r17.*) from (
                                select t16.excerpt as "excerpt", t16.credited_outlet as "creditedOutlet", coalesce(to_json((
                                  select (
                                    select row_to_json(r18.*) from (
                                      select c19.title as "title"
                                    ) r18
                                  ) from source c19 where c19.id = t16.source_id limit 1
                                )), '{"$error":4}'::json) as "source"
                              ) r17
                            ) as l0 from (
                              select q20.*, q20.source_id as sort_0, q20.start_offset as sort_1 from citation q20 where q20.commitment_id = t8.id order by q20.source_id, q20.start_offset, q20.id limit ?
                            ) t16
                          ) n15
                        ) a14
                      ) z13
                    ) as "citations"
                  ) r9
                ) as l0 from (
                  select q5.*, coalesce(q5.date_earliest, q5.date_latest, 'infinity'::date) as sort_0 from commitment q5 where q5.committer_id = t2.id order by coalesce(q5.date_earliest, q5.date_latest, 'infinity'::date), q5.id limit ?
                ) t8
              ) n7
            ) a6
          ) z4
        ) as "commitmentsMade"
      ) r1
    ) from organization t2 where t2.slug = ? limit 1
  )
)::text
-- values: [5,5,"DATE:ASC",1,1,"SOURCE_POSITION:ASC",2,6,"amazon"]
