-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select (
              select count(*) from citation q3 where q3.deal_id = t4.id
            ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
                select row_number() over (order by t7.sort_0, t7.sort_1, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text), dg_cursor_value(t7.sort_1::text)]::text[], t7.id) as cursor, (
                  select row_to_json(r8.*) from (
                    select t7.excerpt as "excerpt", t7.credited_outlet as "creditedOutlet", coalesce(to_json((
                      select (
                        select row_to_json(r9.*) from (
                          select c10.slug as "slug"
                        ) r9
                      ) from source c10 where c10.id = t7.source_id limit 1
                    )), '{"$error":0}'::json) as "source"
                  ) r8
                ) as l0 from (
                  select q3.*, q3.source_id as sort_0, q3.start_offset as sort_1 from citation q3 where q3.deal_id = t4.id order by q3.source_id, q3.start_offset, q3.id limit ?
                ) t7
              ) n6
            ) a5
          ) z2
        ) as "citations"
      ) r1
    ) from deal t4 where t4.slug = ? limit 1
  )
)::text
-- values: [20,20,"SOURCE_POSITION:ASC",21,"stargate"]
