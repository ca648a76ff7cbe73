-- statement
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.slug as "slug", t2.quote as "quote", t2.channel as "channel", (case when t2.date_precision is null then null else (
          select row_to_json(r3.*) from (
            select t2.date_earliest as "earliest", t2.date_latest as "latest", coalesce(to_json(t2.date_precision), '{"$error":0}'::json) as "precision", coalesce(to_json(t2.date_text), '{"$error":1}'::json) as "text", coalesce(to_json(dg_fuzzy_display(t2.date_earliest, t2.date_latest, t2.date_precision)), '{"$error":2}'::json) as "display"
          ) r3
        ) end) as "date", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r4.*) from (
              select (
                select (
                  select row_to_json(r5.*) from (
                    select c6.slug as "slug", c6.name as "name"
                  ) r5
                ) from person c6 where c6.id = c7.person_id limit 1
              ) as "person", (
                select (
                  select row_to_json(r8.*) from (
                    select c9.slug as "slug"
                  ) r8
                ) from organization c9 where c9.id = c7.organization_id limit 1
              ) as "organization"
            ) r4
          )::text, ',' order by c7.id), '') || ']')::json from (
            select c7.* from statement_speaker c7 where c7.statement_id = t2.id order by c7.id limit ?
          ) c7 where true
        ) as "speakers", (
          select (
            select row_to_json(r10.*) from (
              select c11.slug as "slug"
            ) r10
          ) from deal c11 where c11.id = t2.deal_id limit 1
        ) as "deal", (
          select row_to_json(z12.*) from (
            select (
              select count(*) from citation q13 where q13.statement_id = t2.id
            ) as "totalCount", ('[' || coalesce(a14.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                select row_number() over (order by t16.sort_0, t16.sort_1, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text), dg_cursor_value(t16.sort_1::text)]::text[], t16.id) as cursor, (
                  select row_to_json(r17.*) from (
                    select t16.excerpt as "excerpt", t16.credited_outlet as "creditedOutlet", coalesce(to_json((
                      select (
                        select row_to_json(r18.*) from (
                          select c19.slug as "slug"
                        ) r18
                      ) from source c19 where c19.id = t16.source_id limit 1
                    )), '{"$error":3}'::json) as "source"
                  ) r17
                ) as l0 from (
                  select q13.*, q13.source_id as sort_0, q13.start_offset as sort_1 from citation q13 where q13.statement_id = t2.id order by q13.source_id, q13.start_offset, q13.id limit ?
                ) t16
              ) n15
            ) a14
          ) z12
        ) as "citations"
      ) r1
    ) from statement t2 where t2.slug = ? limit 1
  )
)::text
-- values: [10,20,20,"SOURCE_POSITION:ASC",21,"dresser-remarks-benefits-of-work-with-amazon"]
