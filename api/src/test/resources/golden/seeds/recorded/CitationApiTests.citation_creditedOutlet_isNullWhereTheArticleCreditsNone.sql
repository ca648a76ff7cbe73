-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
                select row_number() over (order by t5.sort_0, t5.sort_1, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text), dg_cursor_value(t5.sort_1::text)]::text[], t5.id) as cursor, (
                  select row_to_json(r6.*) from (
                    select t5.excerpt as "excerpt", t5.credited_outlet as "creditedOutlet", coalesce(to_json((
                      select (
                        select row_to_json(r7.*) from (
                          select c8.slug as "slug", c8.author as "author"
                        ) r7
                      ) from source c8 where c8.id = t5.source_id limit 1
                    )), '{"$error":0}'::json) as "source"
                  ) r6
                ) as l0 from (
                  select q9.*, q9.source_id as sort_0, q9.start_offset as sort_1 from citation q9 where q9.deal_id = t10.id order by q9.source_id, q9.start_offset, q9.id limit ?
                ) t5
              ) n4
            ) a3
          ) z2
        ) as "citations"
      ) r1
    ) from deal t10 where t10.slug = ? limit 1
  )
)::text
-- values: [20,20,"SOURCE_POSITION:ASC",21,"amazon-openai-custom-models"]
