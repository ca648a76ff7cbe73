-- deal
select (
  (
    select (
      select row_to_json(r1.*) from (
        select t2.summary as "summary", (
          select row_to_json(z3.*) from (
            select (
              select count(*) from deal q4 where q4.parent_id = t2.id
            ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
                select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
                  select row_to_json(r8.*) from (
                    select dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as "cursor", null::text as "inForce"
                  ) r8
                ) as l0 from (
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
-- values: [20,20,"ANNOUNCED:ASC","ANNOUNCED:ASC",21,"lumen-systems-12-cirrus-compute-309-joint-venture-3698"]
