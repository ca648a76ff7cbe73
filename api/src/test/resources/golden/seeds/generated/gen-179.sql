-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.kind as "kind", t2.title as "title", coalesce(to_json(array(select o3.outlet from (
          select distinct trim(o4.outlet) collate "C" as outlet from citation c5 join source s6 on s6.id = c5.source_id cross join lateral unnest(case when c5.credited_outlet is not null then string_to_array(c5.credited_outlet, ',') else array[coalesce(s6.publisher, s6.author, '“' || s6.title || '”')] end) as o4(outlet) where c5.deal_id = t2.id
        ) o3 order by 1 limit 100)), '{"$error":0}'::json) as "outlets", (
          select row_to_json(z7.*) from (
            select (
              select row_to_json(r8.*) from (
                select a9.cursors[array_length(a9.cursors, 1)] as "endCursor"
              ) r8
            ) as "pageInfo", ('[' || coalesce(a9.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors, string_agg(n10.l0::text, ',' order by n10.ord) filter (where n10.ord <= ?) as l0 from (
                select row_number() over (order by t11.sort_0, t11.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text)]::text[], t11.id) as cursor, (
                  select row_to_json(r12.*) from (
                    select t11.description as "description", t11.slug as "slug", coalesce(to_json(dg_global_id('Event', t11.slug)), '{"$error":1}'::json) as "id"
                  ) r12
                ) as l0 from (
                  select q13.*, coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date) as sort_0 from event q13 where q13.deal_id = t2.id order by coalesce(q13.date_earliest, q13.date_latest, 'infinity'::date), q13.id limit ?
                ) t11
              ) n10
            ) a9
          ) z7
        ) as "events"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: [2,2,"DATE:ASC",3,"stargate"]
