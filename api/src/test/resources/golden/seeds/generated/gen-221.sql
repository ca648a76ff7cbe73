-- deals
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from deal q2 where true
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "edges", (
        select row_to_json(r4.*) from (
          select a3.fetched > ? as "hasNextPage"
        ) r4
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n5.cursor order by n5.ord) filter (where n5.ord <= ?)) as cursors, string_agg(n5.l0::text, ',' order by n5.ord) filter (where n5.ord <= ?) as l0 from (
          select row_number() over (order by t6.sort_0, t6.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as cursor, (
            select row_to_json(r7.*) from (
              select null::text as "inForce", dg_cursor(cast(? as text), array[dg_cursor_value(t6.sort_0::text)]::text[], t6.id) as "cursor", (
                select row_to_json(r8.*) from (
                  select t6.kind as "kind", coalesce(to_json(coalesce((
                    select in_force(cast(? as date), x9.start_earliest, x9.start_latest, x9.start_precision, x9.end_earliest, x9.end_latest, x9.end_precision) from deal_timing x9 where x9.deal_id = t6.id
                  ), 'UNKNOWN')), '{"$error":0}'::json) as "inForce"
                ) r8
              ) as "node"
            ) r7
          ) as l0 from (
            select q2.*, (lower(q2.title)) collate "C" as sort_0 from deal q2 where true order by (lower(q2.title)) collate "C", q2.id limit ?
          ) t6
        ) n5
      ) a3
    ) z1
  )
)::text
-- values: [6,6,6,"TITLE:ASC","TITLE:ASC","2030-12-28",7]
