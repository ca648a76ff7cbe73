-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.kind as "kind", t2.title as "title", coalesce(to_json(array(select o3.outlet from (
          select distinct trim(o4.outlet) collate "C" as outlet from (
            select cc5.source_id, cc5.credited_outlet, bool_or(cc5.credited_outlet is not null) over (partition by cc5.source_id) as credits from citation cc5 where cc5.deal_id = t2.id
          ) c6 join source s7 on s7.id = c6.source_id cross join lateral unnest(case when c6.credited_outlet is not null then string_to_array(c6.credited_outlet, ',') when c6.credits then array[]::text[] else array[coalesce(s7.publisher, s7.author, '“' || s7.title || '”')] end) as o4(outlet)
        ) o3 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", (
          select row_to_json(z8.*) from (
            select (
              select row_to_json(r9.*) from (
                select a10.cursors[array_length(a10.cursors, 1)] as "endCursor"
              ) r9
            ) as "pageInfo", ('[' || coalesce(a10.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n11.cursor order by n11.ord) filter (where n11.ord <= ?)) as cursors, string_agg(n11.l0::text, ',' order by n11.ord) filter (where n11.ord <= ?) as l0 from (
                select row_number() over (order by t12.sort_0, t12.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t12.sort_0::text)]::text[], t12.id) as cursor, (
                  select row_to_json(r13.*) from (
                    select t12.description as "description", t12.slug as "slug", coalesce(to_json(dg_global_id('Event', t12.slug)), '{"$error":1}'::json) as "id"
                  ) r13
                ) as l0 from (
                  select q14.*, coalesce(q14.date_earliest, q14.date_latest, 'infinity'::date) as sort_0 from event q14 where q14.deal_id = t2.id order by coalesce(q14.date_earliest, q14.date_latest, 'infinity'::date), q14.id limit ?
                ) t12
              ) n11
            ) a10
          ) z8
        ) as "events"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: [2,2,"DATE:ASC",3,"stargate"]
