-- event
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.kind as "kind", (
          select ('[' || coalesce(string_agg((
            select row_to_json(r3.*) from (
              select c4.slug as "slug", c4.name as "name"
            ) r3
          )::text, ',' order by c4.name, c4.id), '') || ']')::json from (
            select c4.* from organization c4 where exists (select 1 from event_organization eo5 where eo5.event_id = t2.id and eo5.organization_id = c4.id) order by c4.name, c4.id limit ?
          ) c4 where true
        ) as "organizations", (
          select (
            select row_to_json(r6.*) from (
              select c7.slug as "slug"
            ) r6
          ) from deal c7 where c7.id = t2.deal_id limit 1
        ) as "deal", (
          select row_to_json(z8.*) from (
            select (
              select count(*) from citation q9 where q9.event_id = t2.id
            ) as "totalCount", ('[' || coalesce(a10.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors, string_agg(n11.l0::text, ',' order by n11.ord) filter (where n11.ord <= ?) as l0 from (
                select row_number() over (order by t12.sort_0, t12.sort_1, t12.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text), dg_cursor_value(t12.sort_1::text)]::text[], t12.id) as cursor, (
                  select row_to_json(r13.*) from (
                    select t12.excerpt as "excerpt", t12.credited_outlet as "creditedOutlet", coalesce(to_json((
                      select (
                        select row_to_json(r14.*) from (
                          select c15.slug as "slug"
                        ) r14
                      ) from source c15 where c15.id = t12.source_id limit 1
                    )), '{"$error":0}'::json) as "source"
                  ) r13
                ) as l0 from (
                  select q9.*, q9.source_id as sort_0, q9.start_offset as sort_1 from citation q9 where q9.event_id = t2.id order by q9.source_id, q9.start_offset, q9.id limit ?
                ) t12
              ) n11
            ) a10
          ) z8
        ) as "citations"
      ) r1
    ) from event t2 where t2.slug = ? limit 1
  )
)::text
-- values: [20,20,20,"SOURCE_POSITION:ASC",21,"openai-revenue-chief-memo-reported-2026-04-13"]
