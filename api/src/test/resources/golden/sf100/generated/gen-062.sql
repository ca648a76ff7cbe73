-- exclusivityTerm
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json(dg_global_id('ExclusivityTerm', t2.slug)), '{"$error":0}'::json) as "a0", coalesce(to_json((
          select (
            select row_to_json(r3.*) from (
              select c4.description as "description", (
                select ('[' || coalesce(string_agg((
                  select row_to_json(r5.*) from (
                    select coalesce(to_json(array(select a6.value from organization_alias a6 where a6.organization_id = c7.id and a6.kind = 'TICKER' order by a6.value limit 100)), '{"$error":1}'::json) as "tickers", c7.description as "description", c7.kind as "a2"
                  ) r5
                )::text, ',' order by c7.name, c7.id), '') || ']')::json from (
                  select c7.* from organization c7 where c7.parent_id = c4.id order by c7.name, c7.id limit ?
                ) c7 where true
              ) as "units"
            ) r3
          ) from organization c4 where c4.id = t2.holder_id limit 1
        )), '{"$error":2}'::json) as "holder", (
          select row_to_json(z8.*) from (
            select ('[' || coalesce(a9.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors, string_agg(n10.l0::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l0 from (
                select row_number() over (order by t11.sort_0, t11.sort_1, t11.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text), dg_cursor_value(t11.sort_1::text)]::text[], t11.id) as cursor, (
                  select row_to_json(r12.*) from (
                    select t11.excerpt as "excerpt", t11.end_offset as "endOffset", t11.credited_outlet as "creditedOutlet", t11.start_offset as "startOffset", coalesce(to_json((
                      select (
                        select row_to_json(r13.*) from (
                          select c14.title as "title"
                        ) r13
                      ) from source c14 where c14.id = t11.source_id limit 1
                    )), '{"$error":3}'::json) as "source"
                  ) r12
                ) as l0 from (
                  select q15.*, q15.source_id as sort_0, q15.start_offset as sort_1 from citation q15 where q15.exclusivity_term_id = t2.id order by q15.source_id, q15.start_offset, q15.id limit ?
                ) t11
              ) n10
            ) a9
          ) z8
        ) as "citations"
      ) r1
    ) from exclusive_term t2 where t2.slug = ? limit 1
  )
)::text
-- values: [50,3,3,"SOURCE_POSITION:ASC",4,"exclusivity-5173"]
