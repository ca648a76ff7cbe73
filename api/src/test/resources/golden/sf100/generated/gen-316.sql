-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from citation c3 join source s4 on s4.id = c3.source_id cross join lateral unnest(case when c3.credited_outlet is not null then string_to_array(c3.credited_outlet, ',') else array[coalesce(s4.publisher, s4.author, '“' || s4.title || '”')] end) as o2(outlet) where c3.deal_id = t5.id
        ) o6)), '{"$error":0}'::json) as "corroboration", t5.summary as "summary", t5.kind as "kind", (
          select row_to_json(z7.*) from (
            select ('[' || coalesce(a8.l0, '') || ']')::json as "edges", (
              select row_to_json(r9.*) from (
                select a8.cursors[array_length(a8.cursors, 1)] as "endCursor", false as "hasPreviousPage", a8.cursors[1] as "startCursor", a8.fetched > ? as "hasNextPage"
              ) r9
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors, string_agg(n10.l0::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l0 from (
                select row_number() over (order by t11.sort_0, t11.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text)]::text[], t11.id) as cursor, (
                  select row_to_json(r12.*) from (
                    select null::text as "a0"
                  ) r12
                ) as l0 from (
                  select q13.*, coalesce(q13.announced_earliest, q13.announced_latest, 'infinity'::date) as sort_0 from deal q13 where q13.parent_id = t5.id order by coalesce(q13.announced_earliest, q13.announced_latest, 'infinity'::date), q13.id limit ?
                ) t11
              ) n10
            ) a8
          ) z7
        ) as "subDeals"
      ) r1
    ) from deal t5 where t5.slug = ? limit 1
  )
)::text
-- values: [3,3,3,"ANNOUNCED:ASC",4,"granite-analytics-80-polar-capital-695-cloud-agreement-5902"]
