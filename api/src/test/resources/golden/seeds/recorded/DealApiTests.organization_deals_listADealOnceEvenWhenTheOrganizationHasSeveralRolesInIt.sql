-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select (
              select count(*) from deal q3 where exists (select 1 from deal_party p4 where p4.deal_id = q3.id and p4.organization_id = t5.id)
            ) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
                select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
                  select row_to_json(r9.*) from (
                    select t8.slug as "slug"
                  ) r9
                ) as l0 from (
                  select q3.*, coalesce(q3.announced_earliest, q3.announced_latest, 'infinity'::date) as sort_0 from deal q3 where exists (select 1 from deal_party p4 where p4.deal_id = q3.id and p4.organization_id = t5.id) order by coalesce(q3.announced_earliest, q3.announced_latest, 'infinity'::date), q3.id limit ?
                ) t8
              ) n7
            ) a6
          ) z2
        ) as "deals"
      ) r1
    ) from organization t5 where t5.slug = ? limit 1
  )
)::text
-- values: [20,20,"ANNOUNCED:ASC",21,"microsoft"]
