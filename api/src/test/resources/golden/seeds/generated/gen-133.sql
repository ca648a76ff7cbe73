-- sources
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from source q2 where q2.published_precision is not null and coalesce(q2.published_earliest, '-infinity'::date) <= cast(? as date)
      ) as "totalCount", (
        select row_to_json(r3.*) from (
          select a4.cursors[1] as "startCursor", false as "hasPreviousPage"
        ) r3
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor from (
            select q2.*, (lower(q2.title)) collate "C" as sort_0 from source q2 where q2.published_precision is not null and coalesce(q2.published_earliest, '-infinity'::date) <= cast(? as date) order by (lower(q2.title)) collate "C", q2.id limit ?
          ) t6
        ) n5
      ) a4
    ) z1
  )
)::text
-- values: ["2026-04-11",7,"TITLE:ASC","2026-04-11",8]
-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.title as "title", t2.status as "status", (
          select row_to_json(z3.*) from (
            select (
              select count(*) from deal q4 where q4.parent_id = t2.id
            ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "edges", ('[' || coalesce(a5.l1, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0, string_agg(n6.l1::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l1 from (
                select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
                  select row_to_json(r8.*) from (
                    select null::text as "a0"
                  ) r8
                ) as l0, (
                  select row_to_json(r9.*) from (
                    select t7.slug as "slug", t7.title as "title", coalesce(to_json(coalesce((
                      select in_force(cast(? as date), x10.start_earliest, x10.start_latest, x10.start_precision, x10.end_earliest, x10.end_latest, x10.end_precision) from deal_timing x10 where x10.deal_id = t7.id
                    ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce"
                  ) r9
                ) as l1 from (
                  select q4.*, coalesce(q4.announced_earliest, q4.announced_latest, 'infinity'::date) as sort_0 from deal q4 where q4.parent_id = t2.id order by coalesce(q4.announced_earliest, q4.announced_latest, 'infinity'::date), q4.id limit ?
                ) t7
              ) n6
            ) a5
          ) z3
        ) as "subDeals"
      ) r1
    ) from deal t2 where t2.slug = ? limit 1
  )
)::text
-- values: [2,2,2,"ANNOUNCED:ASC","2026-04-30",3,"stargate"]
