-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select (
              select count(*) from exclusive_term q3 where q3.holder_id = t4.id
            ) as "totalCount", ('[' || coalesce(a5.l0, '') || ']')::json as "edges" from (
              select count(*) as fetched, (array_agg(n6.cursor order by n6.ord) filter (where n6.ord <= ?)) as cursors, string_agg(n6.l0::text, ',' order by n6.ord) filter (where n6.ord <= ?) as l0 from (
                select row_number() over (order by t7.sort_0, t7.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t7.sort_0::text)]::text[], t7.id) as cursor, (
                  select row_to_json(r8.*) from (
                    select null::text as "inForce", (
                      select row_to_json(r9.*) from (
                        select coalesce(to_json(t7.slug), '{"$error":0}'::json) as "slug"
                      ) r9
                    ) as "node"
                  ) r8
                ) as l0 from (
                  select q3.*, coalesce(q3.valid_from_earliest, q3.valid_from_latest, 'infinity'::date) as sort_0 from exclusive_term q3 where q3.holder_id = t4.id order by coalesce(q3.valid_from_earliest, q3.valid_from_latest, 'infinity'::date), q3.id limit ?
                ) t7
              ) n6
            ) a5
          ) z2
        ) as "exclusivityHeld"
      ) r1
    ) from organization t4 where t4.slug = ? limit 1
  )
)::text
-- values: [20,20,"VALID_FROM:ASC",21,"microsoft"]
