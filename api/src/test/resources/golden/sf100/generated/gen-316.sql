-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select coalesce(to_json((select count(*)::int from (
          select distinct trim(o2.outlet) collate "C" as outlet from (
            select cc3.source_id, cc3.credited_outlet, bool_or(cc3.credited_outlet is not null) over (partition by cc3.source_id) as credits from citation cc3 where cc3.deal_id = t4.id
          ) c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') when c5.credits then array[]::text[] else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o2(outlet)
        ) o7)), '{"$error":0}'::json) as "corroboration", t4.summary as "summary", t4.kind as "kind", (
          select row_to_json(z8.*) from (
            select ('[' || coalesce(a9.l0, '') || ']')::json as "edges", (
              select row_to_json(r10.*) from (
                select a9.cursors[array_length(a9.cursors, 1)] as "endCursor", false as "hasPreviousPage", a9.cursors[1] as "startCursor", a9.fetched > ? as "hasNextPage"
              ) r10
            ) as "pageInfo" from (
              select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors, string_agg(n11.l0::text, ',' order by n11.ord) filter (where n11.ord <= ?) as l0 from (
                select row_number() over (order by t12.sort_0, t12.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text)]::text[], t12.id) as cursor, (
                  select row_to_json(r13.*) from (
                    select null::text as "a0"
                  ) r13
                ) as l0 from (
                  select q14.*, coalesce(q14.announced_earliest, q14.announced_latest, 'infinity'::date) as sort_0 from deal q14 where q14.parent_id = t4.id order by coalesce(q14.announced_earliest, q14.announced_latest, 'infinity'::date), q14.id limit ?
                ) t12
              ) n11
            ) a9
          ) z8
        ) as "subDeals"
      ) r1
    ) from deal t4 where t4.slug = ? limit 1
  )
)::text
-- values: [3,3,3,"ANNOUNCED:ASC",4,"granite-analytics-80-polar-capital-695-cloud-agreement-5902"]
